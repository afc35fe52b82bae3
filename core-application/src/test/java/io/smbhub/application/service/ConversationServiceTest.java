package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.inbox.ConversationQueries.ListQuery;
import io.smbhub.application.port.in.inbox.ConversationUseCase.ComposeCommand;
import io.smbhub.application.port.in.inbox.ConversationUseCase.ConvertToWorkItemCommand;
import io.smbhub.application.port.in.inbox.ConversationUseCase.CreateContactFromSender;
import io.smbhub.application.port.in.inbox.ConversationUseCase.ReplyCommand;
import io.smbhub.application.port.in.inbox.ConversationView;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.inbox.DeliveryStatus;
import io.smbhub.domain.inbox.MessageDirection;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.workitem.WorkItemSource;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@DisplayName("The inbox: list, reply, compose, assign, close, contacts and work items (spec 2.3 Inbox, 12.2 D, Epic 3)")
class ConversationServiceTest {

    private final CoreFixture f = new CoreFixture();

    /** Receives an email from {@code from} with {@code subject}; returns the conversation id. */
    private ConversationId receive(String messageId, String from, String fromName, String subject, String text) {
        InboundEmail email = new InboundEmail(messageId, null, List.of(), new InboundEmail.Address(from, fromName), null,
                List.of(new InboundEmail.Address(f.inboundAddress(), null)), List.of(), List.of(), subject,
                Instant.parse("2026-03-02T08:00:00Z"), text, null, List.of());
        f.hub.clock().advance(Duration.ofSeconds(1));
        return ConversationId.parse(f.core.receiveEmail().receive(f.raw(email), List.of()).conversationId(), "id");
    }

    private ConversationView get(ConversationId id) {
        return f.core.conversationQueries().get(f.owner, id);
    }

    private static ErrorCode codeOf(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).code();
    }

    private List<String> subjects(Actor actor, ListQuery query) {
        return f.core.conversationQueries().list(actor, query).items().stream().map(ConversationView::subject).toList();
    }

    private static ListQuery query(String q, ConversationStatus status, UserId assignedTo, Boolean unassigned, Boolean unread) {
        return new ListQuery(q, status, null, assignedTo, unassigned, unread, null, PageRequest.first());
    }

    @Nested
    @DisplayName("listing")
    class Listing {

        private final Actor staff = f.member(Role.STAFF);

        /** Leaking tap (Ann, read), Quote request (Bob, contact Robert Builder, assigned to staff), Invoice question (Carol, closed). */
        private void threeConversations() {
            f.contact("Robert Builder", "bob@example.com");
            ConversationId tap = receive("a@m", "ann@example.com", "Ann Lee", "Leaking tap", "Drip drip");
            ConversationId quote = receive("b@m", "bob@example.com", null, "Quote request", "How much?");
            ConversationId carol = receive("c@m", "carol@example.com", "Carol", "Invoice question", "Why?");
            f.core.conversations().markRead(f.owner, tap);
            f.core.conversations().assign(f.owner, quote, staff.userId(), null);
            f.core.conversations().close(f.owner, carol, null);
        }

        @Test
        void newestActivityComesFirst() {
            threeConversations();

            assertThat(subjects(f.owner, query(null, null, null, null, null)))
                    .containsExactly("Invoice question", "Quote request", "Leaking tap");
        }

        @Test
        void searchMatchesSenderNameEmailSubjectAndContactName() {
            threeConversations();

            assertThat(subjects(f.owner, query("LEAK", null, null, null, null))).containsExactly("Leaking tap");
            assertThat(subjects(f.owner, query("ann lee", null, null, null, null))).containsExactly("Leaking tap");
            assertThat(subjects(f.owner, query("bob@", null, null, null, null))).containsExactly("Quote request");
            assertThat(subjects(f.owner, query("builder", null, null, null, null))).containsExactly("Quote request");
            assertThat(subjects(f.owner, query("nobody", null, null, null, null))).isEmpty();
        }

        @Test
        void statusAssignmentAndUnreadFilter() {
            threeConversations();

            assertThat(subjects(f.owner, query(null, ConversationStatus.OPEN, null, null, null)))
                    .containsExactly("Quote request", "Leaking tap");
            assertThat(subjects(f.owner, query(null, ConversationStatus.CLOSED, null, null, null)))
                    .containsExactly("Invoice question");
            assertThat(subjects(f.owner, query(null, null, staff.userId(), null, null))).containsExactly("Quote request");
            assertThat(subjects(f.owner, query(null, null, null, true, null)))
                    .containsExactly("Invoice question", "Leaking tap");
            assertThat(subjects(f.owner, query(null, null, null, null, true)))
                    .containsExactly("Invoice question", "Quote request");
            assertThat(subjects(f.owner, query(null, null, null, null, false))).containsExactly("Leaking tap");
        }

        @Test
        void anAgentSeesOnlyConversationsAssignedToIt() {
            Actor agent = f.member(Role.AGENT);
            ConversationId mine = receive("a@m", "ann@example.com", null, "Mine", "x");
            ConversationId notMine = receive("b@m", "bob@example.com", null, "Not mine", "y");
            f.core.conversations().assign(f.owner, mine, agent.userId(), null);
            f.core.conversations().assign(f.owner, notMine, staff.userId(), null);

            assertThat(subjects(agent, query(null, null, null, null, null))).containsExactly("Mine");
            assertThat(subjects(agent, query(null, null, staff.userId(), null, null)))
                    .as("an agent cannot widen the list to someone else's").containsExactly("Mine");
            assertThat(codeOf(() -> f.core.conversationQueries().get(agent, notMine))).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(codeOf(() -> f.core.conversations().reply(agent, notMine, new ReplyCommand("hi", null))))
                    .isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(f.core.conversationQueries().get(agent, mine).allowedActions()).contains("reply");
        }

        @Test
        void pagesFollowTheCursorWithoutRepeats() {
            for (int i = 0; i < 5; i++) {
                receive("p" + i + "@m", "p" + i + "@example.com", null, "Subject " + i, "x");
            }

            var first = f.core.conversationQueries().list(f.owner, new ListQuery(null, null, null, null, null, null, null,
                    new PageRequest(2, null)));
            var second = f.core.conversationQueries().list(f.owner, new ListQuery(null, null, null, null, null, null, null,
                    new PageRequest(2, first.nextCursor())));
            var third = f.core.conversationQueries().list(f.owner, new ListQuery(null, null, null, null, null, null, null,
                    new PageRequest(2, second.nextCursor())));

            assertThat(first.items()).extracting(ConversationView::subject).containsExactly("Subject 4", "Subject 3");
            assertThat(second.items()).extracting(ConversationView::subject).containsExactly("Subject 2", "Subject 1");
            assertThat(third.items()).extracting(ConversationView::subject).containsExactly("Subject 0");
            assertThat(third.nextCursor()).isNull();
        }
    }

    @Nested
    @DisplayName("replying and composing")
    class Replying {

        @Test
        void aReplyIsQueuedThreadedAndSentWithTheInboundAddressAsReplyTo() {
            ConversationId id = receive("first@mail.example", "ann@example.com", "Ann Lee", "Leaking tap", "Drip");
            f.hub.clock().advance(Duration.ofMinutes(3));

            MessageView reply = f.core.conversations().reply(f.owner, id, new ReplyCommand("We come tomorrow at 9.",
                    List.of("partner@example.com")));

            assertThat(reply.status()).isEqualTo(DeliveryStatus.QUEUED);
            assertThat(reply.direction()).isEqualTo(MessageDirection.OUTBOUND);
            assertThat(reply.subject()).isEqualTo("Re: Leaking tap");
            assertThat(reply.inReplyTo()).isEqualTo("first@mail.example");
            assertThat(reply.createdBy()).isEqualTo(f.owner.userId().value());
            assertThat(f.hub.email().emails()).isEmpty();
            ConversationView after = get(id);
            assertThat(after.unread()).isFalse();
            assertThat(after.preview()).isEqualTo("We come tomorrow at 9.");

            List<OutgoingEmail> sent = f.deliver();

            assertThat(sent).singleElement().satisfies(e -> {
                assertThat(e.messageId()).isEqualTo(reply.internetMessageId());
                assertThat(e.subject()).isEqualTo("Re: Leaking tap");
                assertThat(e.inReplyTo()).isEqualTo("first@mail.example");
                assertThat(e.references()).containsExactly("first@mail.example");
                assertThat(e.to()).containsExactly(new OutgoingEmail.Address("ann@example.com", "Ann Lee"));
                assertThat(e.cc()).containsExactly(new OutgoingEmail.Address("partner@example.com", null));
                assertThat(e.replyTo().address()).isEqualTo(f.inboundAddress());
                assertThat(e.text()).isEqualTo("We come tomorrow at 9.");
                assertThat(e.attachments()).isEmpty();
            });
            assertThat(f.messages(f.owner, id.value())).extracting(MessageView::status)
                    .containsExactly(DeliveryStatus.RECEIVED, DeliveryStatus.SENT);
        }

        @Test
        void aSecondReplyRefersToTheWholeThreadAndKeepsASingleRe() {
            ConversationId id = receive("first@mail.example", "ann@example.com", null, "RE: Leaking tap", "Drip");
            MessageView one = f.core.conversations().reply(f.owner, id, new ReplyCommand("One", null));
            f.hub.clock().advance(Duration.ofSeconds(1));

            MessageView two = f.core.conversations().reply(f.owner, id, new ReplyCommand("Two", null));
            List<OutgoingEmail> sent = f.deliver();

            assertThat(one.subject()).isEqualTo("RE: Leaking tap");
            assertThat(two.inReplyTo()).isEqualTo(one.internetMessageId());
            assertThat(sent).hasSize(2);
            assertThat(sent.get(1).references()).containsExactly("first@mail.example", one.internetMessageId());
        }

        @Test
        void aViewerCannotReply() {
            ConversationId id = receive("first@mail.example", "ann@example.com", null, "Leaking tap", "Drip");
            Actor viewer = f.member(Role.VIEWER);

            assertThat(codeOf(() -> f.core.conversations().reply(viewer, id, new ReplyCommand("hi", null))))
                    .isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(f.core.conversationQueries().get(viewer, id).allowedActions()).doesNotContain("reply", "close");
            assertThat(f.messages(f.owner, id.value())).hasSize(1);
            assertThat(f.hub.jobs().all()).isEmpty();
        }

        @Test
        void anEmptyReplyOrABadCcIsRefused() {
            ConversationId id = receive("first@mail.example", "ann@example.com", null, "Leaking tap", "Drip");

            assertThat(fieldsOf(() -> f.core.conversations().reply(f.owner, id, new ReplyCommand("  ", null))))
                    .containsExactly("body");
            assertThat(fieldsOf(() -> f.core.conversations().reply(f.owner, id, new ReplyCommand("ok", List.of("not-an-email")))))
                    .containsExactly("cc[0]");
            assertThat(f.hub.jobs().all()).isEmpty();
        }

        @Test
        void composingToAContactStartsAThreadAndSendsIt() {
            ContactView john = f.contact("John Smith", "john@example.com");

            ConversationView c = f.core.conversations().compose(f.owner, new ComposeCommand(new ContactId(john.id()), null,
                    "Your boiler service", "Time for the yearly service."));
            List<OutgoingEmail> sent = f.deliver();

            assertThat(c.contactId()).isEqualTo(john.id());
            assertThat(c.subject()).isEqualTo("Your boiler service");
            assertThat(c.participantAddress()).isEqualTo("john@example.com");
            assertThat(sent).singleElement().satisfies(e -> {
                assertThat(e.subject()).isEqualTo("Your boiler service");
                assertThat(e.inReplyTo()).isNull();
                assertThat(e.to()).extracting(OutgoingEmail.Address::address).containsExactly("john@example.com");
                assertThat(e.text()).isEqualTo("Time for the yearly service.");
            });
            assertThat(f.messages(f.owner, c.id())).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.SENT));
        }

        @Test
        void composingToAKnownAddressLinksItsContact() {
            ContactView john = f.contact("John Smith", "john@example.com");

            ConversationView c = f.core.conversations().compose(f.owner, new ComposeCommand(null, "John@Example.com",
                    "Hello", "Hi John"));

            assertThat(c.contactId()).isEqualTo(john.id());
        }

        @Test
        void composingNeedsASubjectAndARecipient() {
            assertThat(fieldsOf(() -> f.core.conversations().compose(f.owner, new ComposeCommand(null, "a@example.com", " ", "x"))))
                    .containsExactly("subject");
            assertThat(fieldsOf(() -> f.core.conversations().compose(f.owner, new ComposeCommand(null, null, "Hi", "x"))))
                    .containsExactly("to");
            assertThat(f.conversations(f.owner)).isEmpty();
        }
    }

    @Nested
    @DisplayName("assign, close, reopen, read")
    class Workflow {

        @Test
        void closeAndReopenCheckTheVersionAndTheState() {
            ConversationId id = receive("m@m", "ann@example.com", null, "Leaking tap", "Drip");
            ConversationView open = get(id);

            ConversationView closed = f.core.conversations().close(f.owner, id, open.version());

            assertThat(closed.status()).isEqualTo(ConversationStatus.CLOSED);
            assertThat(closed.version()).isGreaterThan(open.version());
            assertThat(closed.allowedActions()).contains("reopen").doesNotContain("close");
            assertThat(codeOf(() -> f.core.conversations().reopen(f.owner, id, open.version()))).isEqualTo(ErrorCode.CONFLICT);
            assertThat(codeOf(() -> f.core.conversations().close(f.owner, id, closed.version())))
                    .isEqualTo(ErrorCode.INVALID_TRANSITION);
            ConversationView reopened = f.core.conversations().reopen(f.owner, id, closed.version());
            assertThat(reopened.status()).isEqualTo(ConversationStatus.OPEN);
            assertThat(f.core.auditQueries().list(f.owner, new io.smbhub.application.port.in.audit.AuditQueries.ListQuery(
                    "conversation", id.value(), null, null, null, null, PageRequest.first())).items())
                    .extracting(e -> e.action()).contains("conversation.closed", "conversation.reopened");
        }

        @Test
        void assigningNeedsAnActiveMemberAndTheCurrentVersion() {
            ConversationId id = receive("m@m", "ann@example.com", null, "Leaking tap", "Drip");
            Actor staff = f.member(Role.STAFF);
            long version = get(id).version();

            ConversationView assigned = f.core.conversations().assign(f.owner, id, staff.userId(), version);

            assertThat(assigned.assignedTo()).isEqualTo(staff.userId().value());
            assertThat(codeOf(() -> f.core.conversations().assign(f.owner, id, null, version))).isEqualTo(ErrorCode.CONFLICT);
            assertThat(fieldsOf(() -> f.core.conversations().assign(f.owner, id, new UserId(UUID.randomUUID()), null)))
                    .containsExactly("assignee_id");
            assertThat(f.core.conversations().assign(f.owner, id, null, assigned.version()).assignedTo()).isNull();
        }

        @Test
        void markingReadClearsUnreadAndTheAction() {
            ConversationId id = receive("m@m", "ann@example.com", null, "Leaking tap", "Drip");
            Actor viewer = f.member(Role.VIEWER);
            assertThat(get(id).allowedActions()).contains("mark_read");

            ConversationView read = f.core.conversations().markRead(viewer, id);

            assertThat(read.unread()).isFalse();
            assertThat(get(id).unread()).isFalse();
            assertThat(get(id).allowedActions()).doesNotContain("mark_read");
            assertThat(f.core.conversations().markRead(f.owner, id).unread()).isFalse();
        }
    }

    @Nested
    @DisplayName("contacts and work items")
    class ContactsAndWork {

        @Test
        void creatingAContactFromAnUnknownSenderLinksAllTheirConversations() {
            ConversationId first = receive("a1@m", "ann@example.com", "Ann Lee", "Leaking tap", "Drip");
            ConversationId second = receive("a2@m", "ann@example.com", "Ann Lee", "Another thing", "Hello again");
            ConversationId bob = receive("b1@m", "bob@example.com", "Bob", "Quote", "?");

            ConversationView linked = f.core.conversations().createContact(f.owner, second,
                    new CreateContactFromSender(null, "Lee Cafe", "+62 21 555 0100", ContactType.CUSTOMER));

            assertThat(linked.contactId()).isNotNull();
            assertThat(linked.contactName()).isEqualTo("Ann Lee");
            assertThat(linked.allowedActions()).doesNotContain("create_contact");
            assertThat(get(first).contactId()).isEqualTo(linked.contactId());
            assertThat(get(bob).contactId()).isNull();
            var contact = f.core.contactQueries().get(f.owner, new ContactId(linked.contactId()));
            assertThat(contact.email()).isEqualTo("ann@example.com");
            assertThat(contact.companyName()).isEqualTo("Lee Cafe");
            assertThat(codeOf(() -> f.core.conversations().createContact(f.owner, first,
                    new CreateContactFromSender(null, null, null, null)))).isEqualTo(ErrorCode.CONFLICT);
        }

        @Test
        void creatingAContactNeedsContactsWrite() {
            ConversationId id = receive("a1@m", "ann@example.com", "Ann Lee", "Leaking tap", "Drip");

            assertThat(codeOf(() -> f.core.conversations().createContact(f.member(Role.VIEWER), id,
                    new CreateContactFromSender(null, null, null, null)))).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(get(id).contactId()).isNull();
        }

        @Test
        void convertingPrefillsTheWorkItemFromTheMessageAndLinksConversationAndContact() {
            ContactView ann = f.contact("Ann Lee", "ann@example.com");
            ConversationId id = receive("a1@m", "ann@example.com", "Ann Lee", "Re: Fwd: Leaking tap",
                    "The kitchen tap drips.\nPlease come this week.");

            WorkItemView item = f.core.conversations().convertToWorkItem(f.owner, id,
                    new ConvertToWorkItemCommand(null, null, null, null, null, null));

            assertThat(item.title()).isEqualTo("Leaking tap");
            assertThat(item.description()).isEqualTo("The kitchen tap drips.\nPlease come this week.");
            assertThat(item.conversationId()).isEqualTo(id.value());
            assertThat(item.contactId()).isEqualTo(ann.id());
            assertThat(item.source()).isEqualTo(WorkItemSource.INBOX);
            assertThat(f.core.workItemQueries().get(f.owner, new io.smbhub.domain.shared.WorkItemId(item.id())).conversationId())
                    .isEqualTo(id.value());
        }

        @Test
        void aTitleGivenByTheMemberWins() {
            ConversationId id = receive("a1@m", "ann@example.com", null, "", "\n  Kitchen tap drips  \nmore");

            WorkItemView given = f.core.conversations().convertToWorkItem(f.owner, id,
                    new ConvertToWorkItemCommand("Fix tap", null, "Bring washers", null, null, null));
            WorkItemView fromBody = f.core.conversations().convertToWorkItem(f.owner, id,
                    new ConvertToWorkItemCommand(null, null, null, null, null, null));

            assertThat(given.title()).isEqualTo("Fix tap");
            assertThat(given.description()).isEqualTo("Bring washers");
            assertThat(fromBody.title()).as("no subject: the first line of the text").isEqualTo("Kitchen tap drips");
            assertThat(fromBody.contactId()).isNull();
        }

        @Test
        void convertingNeedsWorkWrite() {
            ConversationId id = receive("a1@m", "ann@example.com", null, "Leaking tap", "Drip");

            assertThat(codeOf(() -> f.core.conversations().convertToWorkItem(f.member(Role.VIEWER), id,
                    new ConvertToWorkItemCommand(null, null, null, null, null, null)))).isEqualTo(ErrorCode.FORBIDDEN);
        }
    }

    private static List<String> fieldsOf(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        return ((DomainException) thrown).details().stream().map(FieldError::field).toList();
    }
}
