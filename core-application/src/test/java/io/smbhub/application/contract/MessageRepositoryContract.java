package io.smbhub.application.contract;

import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.domain.inbox.DeliveryStatus;
import io.smbhub.domain.inbox.DocumentRef;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.inbox.MessageDirection;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link MessageRepository} (spec smb-hub-prd.md 2.1 Message, 3.5; the outbound rows are the email
 * outbox of issue 5): round trips, versions, threading look-ups, {@code Message-ID} unique per tenant, paging.
 */
public abstract class MessageRepositoryContract extends InboxPortContract {

    private MessageRepository messages() {
        return inbox().messages();
    }

    private ConversationId conversation(TenantId tenant) {
        return newConversation(tenant, new EmailAddress("customer@client.test", "Customer"), "Question", null, T0).id();
    }

    private Message load(TenantId tenant, MessageId id) {
        return in(tenant, () -> messages().findById(tenant, id)).orElseThrow();
    }

    private Message outbound(TenantId tenant, ConversationId conversation, String internetMessageId, DocumentRef document,
                             MessagePurpose purpose, Instant at) {
        return Message.queued(new MessageId(newId()), tenant, conversation, new EmailAddress("billing@biz.test", "Biz"),
                List.of(new EmailAddress("customer@client.test", "Customer")), List.of(), "Your invoice",
                "Please pay: {{portal_url}}", internetMessageId, null, List.of(), document, purpose, newUserId(), at);
    }

    private String mid() {
        return "m-" + newId() + "@mail.test";
    }

    @Test
    void aReceivedMessageRoundTripsWithEveryField() {
        TenantId tenant = newTenant();
        ConversationId conversation = conversation(tenant);
        Message m = Message.received(new MessageId(newId()), tenant, conversation,
                new EmailAddress("customer@client.test", "Customer Name"),
                List.of(new EmailAddress("inbox@biz.test", "Biz"), new EmailAddress("owner@biz.test", null)),
                List.of(new EmailAddress("cc@client.test", "Cc Person")), "Re: Quote Q-000001",
                "Looks good.\n\n> quoted line", "<p>Looks good.</p>", "reply-1@client.test", "orig-1@biz.test",
                List.of("root-1@biz.test", "orig-1@biz.test"), 2, at(Duration.ofMinutes(-3)), T0);

        long version = in(tenant, () -> messages().save(m));
        Message loaded = load(tenant, m.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(m);
        assertThat(loaded.direction()).isEqualTo(MessageDirection.INBOUND);
        assertThat(loaded.to()).containsExactly(new EmailAddress("inbox@biz.test", "Biz"), new EmailAddress("owner@biz.test", null));
        assertThat(loaded.cc()).containsExactly(new EmailAddress("cc@client.test", "Cc Person"));
        assertThat(loaded.references()).containsExactly("root-1@biz.test", "orig-1@biz.test");
        assertThat(loaded.attachmentCount()).isEqualTo(2);
        assertThat(loaded.status()).isEqualTo(DeliveryStatus.RECEIVED);
        assertThat(loaded.sentAt()).isEqualTo(at(Duration.ofMinutes(-3)));
    }

    @Test
    void aQueuedOutboundMessageRoundTripsWithItsDocumentAndPurpose() {
        TenantId tenant = newTenant();
        ConversationId conversation = conversation(tenant);
        DocumentRef invoice = new DocumentRef(DocumentKind.INVOICE, newId());
        UserId sender = newUserId();
        Message m = Message.queued(new MessageId(newId()), tenant, conversation, new EmailAddress("billing@biz.test", "Biz"),
                List.of(new EmailAddress("customer@client.test", null)), List.of(), "Invoice INV-000001",
                "Hello,\nplease pay: {{portal_url}}", mid(), null, List.of(), invoice, MessagePurpose.INVOICE_SENT, sender, T0);

        in(tenant, () -> messages().save(m));
        Message loaded = load(tenant, m.id());

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(m);
        assertThat(loaded.document()).isEqualTo(invoice);
        assertThat(loaded.purpose()).isEqualTo(MessagePurpose.INVOICE_SENT);
        assertThat(loaded.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(loaded.createdBy()).isEqualTo(sender);
        assertThat(loaded.bodyHtml()).isNull();
        assertThat(loaded.inReplyTo()).isNull();
        assertThat(loaded.references()).isEmpty();
        assertThat(loaded.cc()).isEmpty();
        assertThat(loaded.sentAt()).isNull();
        assertThat(loaded.failureReason()).isNull();
    }

    @Test
    void deliveryUpdatesBumpTheVersionAndAStaleCopyIsAConflict() {
        TenantId tenant = newTenant();
        Message stored = stored(outbound(tenant, conversation(tenant), mid(), null, MessagePurpose.REPLY, T0));
        Message worker = load(tenant, stored.id());
        Message stale = load(tenant, stored.id());
        worker.attemptFailed("connection refused", at(Duration.ofMinutes(1)));
        worker.markFailed("mailbox unavailable", at(Duration.ofMinutes(2)));

        long version = in(tenant, () -> messages().save(worker));
        stale.markSent(at(Duration.ofMinutes(3)));
        var conflict = assertConflict(() -> in(tenant, () -> messages().save(stale)));

        assertThat(version).isEqualTo(2);
        assertThat(conflict.getMessage()).contains("was changed by someone else");
        Message loaded = load(tenant, stored.id());
        assertThat(loaded.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(loaded.failureReason()).isEqualTo("mailbox unavailable");
        assertThat(loaded.sentAt()).isNull();
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void aMessageIdIsUniquePerTenantButTheSameIdMayArriveInTwoTenants() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        String shared = mid();
        Message first = stored(received(tenant, conversation(tenant), shared, T0));

        var conflict = assertConflict(() -> in(tenant, () -> messages().save(
                received(tenant, first.conversationId(), shared, at(Duration.ofMinutes(1))))));
        Message inOther = stored(received(other, conversation(other), shared, T0));

        assertThat(conflict.getMessage()).isNotBlank();
        assertThat(in(tenant, () -> messages().listByConversation(tenant, first.conversationId(), null, 10)))
                .extracting(Message::id).containsExactly(first.id());
        assertThat(in(other, () -> messages().findByInternetMessageId(other, shared))).get()
                .extracting(Message::id).isEqualTo(inOther.id());
        assertThat(in(tenant, () -> messages().findByInternetMessageId(tenant, shared))).get()
                .extracting(Message::id).isEqualTo(first.id());
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        TenantId tenant = newTenant();
        Message stored = stored(received(tenant, conversation(tenant), mid(), T0));

        assertConflict(() -> in(tenant, () -> messages().save(Message.received(stored.id(), tenant,
                stored.conversationId(), new EmailAddress("x@client.test", null), List.of(new EmailAddress("y@biz.test", null)),
                List.of(), "Impostor", "x", null, mid(), null, List.of(), 0, T0, T0))));

        assertThat(load(tenant, stored.id()).subject()).isEqualTo("Question");
    }

    @Test
    void threadingLooksUpMessagesByTheirMessageIdsNewestFirst() {
        TenantId tenant = newTenant();
        ConversationId conversation = conversation(tenant);
        Message root = stored(received(tenant, conversation, "root@mail.test", T0));
        Message reply = stored(received(tenant, conversation, "reply@mail.test", at(Duration.ofMinutes(5))));
        stored(received(tenant, conversation, "unrelated@mail.test", at(Duration.ofMinutes(9))));

        assertThat(in(tenant, () -> messages().findByInternetMessageId(tenant, "root@mail.test"))).get()
                .extracting(Message::id).isEqualTo(root.id());
        assertThat(in(tenant, () -> messages().findByInternetMessageId(tenant, "missing@mail.test"))).isEmpty();
        assertThat(in(tenant, () -> messages().findByInternetMessageIds(tenant,
                List.of("root@mail.test", "reply@mail.test", "missing@mail.test"))))
                .extracting(Message::id).containsExactly(reply.id(), root.id());
        assertThat(in(tenant, () -> messages().findByInternetMessageIds(tenant, List.of()))).isEmpty();
    }

    @Test
    void anotherTenantsMessagesAreNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        ConversationId conversation = conversation(owner);
        DocumentRef invoice = new DocumentRef(DocumentKind.INVOICE, newId());
        Message m = stored(outbound(owner, conversation, "private@mail.test", invoice, MessagePurpose.INVOICE_SENT, T0));

        assertThat(in(other, () -> messages().findById(other, m.id()))).isEmpty();
        assertThat(in(other, () -> messages().findByInternetMessageId(other, "private@mail.test"))).isEmpty();
        assertThat(in(other, () -> messages().findByInternetMessageIds(other, List.of("private@mail.test")))).isEmpty();
        assertThat(in(other, () -> messages().listByConversation(other, conversation, null, 10))).isEmpty();
        assertThat(in(other, () -> messages().latest(other, conversation))).isEmpty();
        assertThat(in(other, () -> messages().latestAboutDocument(other, invoice))).isEmpty();
    }

    @Test
    void aConversationsMessagesArePagedOldestFirstWithTiesBrokenById() {
        TenantId tenant = newTenant();
        ConversationId conversation = conversation(tenant);
        ConversationId elsewhere = conversation(tenant);
        List<MessageId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // two messages per minute: the id decides within a minute
            created.add(stored(received(tenant, conversation, mid(), at(Duration.ofMinutes(i / 2)))).id());
        }
        stored(received(tenant, elsewhere, mid(), T0));

        List<MessageId> served = new ArrayList<>();
        UUID after = null;
        for (int guard = 0; guard < 10; guard++) {
            UUID cursor = after;
            List<Message> page = in(tenant, () -> messages().listByConversation(tenant, conversation, cursor, 2));
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.forEach(m -> served.add(m.id()));
            if (page.size() < 2) {
                break;
            }
            after = page.get(page.size() - 1).id().value();
        }

        assertThat(served).containsExactlyElementsOf(created);
        assertThat(in(tenant, () -> messages().latest(tenant, conversation))).get()
                .extracting(Message::id).isEqualTo(created.get(4));
        assertThat(in(tenant, () -> messages().latest(tenant, conversation(tenant)))).isEmpty();
    }

    @Test
    void theLatestOutboundMessageAboutADocumentIsFound() {
        TenantId tenant = newTenant();
        ConversationId conversation = conversation(tenant);
        DocumentRef invoice = new DocumentRef(DocumentKind.INVOICE, newId());
        DocumentRef quoteWithSameId = new DocumentRef(DocumentKind.QUOTE, invoice.id());
        stored(outbound(tenant, conversation, mid(), invoice, MessagePurpose.INVOICE_SENT, T0));
        Message reminder = stored(outbound(tenant, conversation, mid(), invoice, MessagePurpose.AR_REMINDER_1,
                at(Duration.ofDays(3))));
        stored(outbound(tenant, conversation, mid(), null, MessagePurpose.REPLY, at(Duration.ofDays(4))));

        assertThat(in(tenant, () -> messages().latestAboutDocument(tenant, invoice))).get()
                .extracting(Message::id).isEqualTo(reminder.id());
        assertThat(in(tenant, () -> messages().latestAboutDocument(tenant, quoteWithSameId))).isEmpty();
    }

    @Test
    void aRolledBackSaveLeavesNoMessage() {
        TenantId tenant = newTenant();
        Message m = received(tenant, conversation(tenant), mid(), T0);

        runAndRollBack(tenant, () -> messages().save(m));

        assertThat(in(tenant, () -> messages().findById(tenant, m.id()))).isEmpty();
        assertThat(in(tenant, () -> messages().findByInternetMessageId(tenant, m.internetMessageId()))).isEmpty();
    }
}
