package io.smbhub.application.contract;

import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.application.port.out.ConversationRepository.Filter;
import io.smbhub.application.port.out.ConversationRepository.Position;
import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link ConversationRepository} (spec smb-hub-prd.md 2.1 Conversation, 3.4 list and search). */
public abstract class ConversationRepositoryContract extends InboxPortContract {

    private static final Filter ALL = new Filter(null, null, null, null, null, null, null);

    private ConversationRepository conversations() {
        return inbox().conversations();
    }

    private Conversation load(TenantId tenant, ConversationId id) {
        return in(tenant, () -> conversations().findById(tenant, id)).orElseThrow();
    }

    private List<UUID> listIds(TenantId tenant, Filter filter) {
        return in(tenant, () -> conversations().list(tenant, filter, null, 100)).stream().map(c -> c.id().value()).toList();
    }

    private static Filter q(String text) {
        return new Filter(text, null, null, null, null, null, null);
    }

    private Conversation from(TenantId tenant, String address, String name, String subject, Duration afterT0) {
        return newConversation(tenant, new EmailAddress(address, name), subject, null, at(afterT0));
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        ContactId contact = newContact(tenant, "Budi Santoso").id();
        UserId assignee = newUserId();
        Conversation c = Conversation.startInbound(new ConversationId(newId()), tenant, Channel.EMAIL, "Leaking tap",
                new EmailAddress("Budi@Example.test", "Budi S."), contact, "first-1@mail.example.test",
                "The tap in the   kitchen\nleaks", T0);
        c.assign(assignee, at(Duration.ofMinutes(5)));
        c.inboundMessage("Any news?", at(Duration.ofMinutes(10)));

        long version = in(tenant, () -> conversations().save(c));
        Conversation loaded = load(tenant, c.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(c);
        assertThat(loaded.participant()).isEqualTo(new EmailAddress("budi@example.test", "Budi S."));
        assertThat(loaded.contactId()).isEqualTo(contact);
        assertThat(loaded.assignedTo()).isEqualTo(assignee);
        assertThat(loaded.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(loaded.unread()).isTrue();
        assertThat(loaded.lastMessageAt()).isEqualTo(at(Duration.ofMinutes(10)));
        assertThat(loaded.preview()).isEqualTo("Any news?");
        assertThat(loaded.externalThreadId()).isEqualTo("first-1@mail.example.test");
    }

    @Test
    void optionalFieldsStayEmpty() {
        TenantId tenant = newTenant();
        Conversation c = Conversation.startOutbound(new ConversationId(newId()), tenant, Channel.EMAIL, null,
                new EmailAddress("someone@client.test", null), null, null, null, T0);

        in(tenant, () -> conversations().save(c));
        Conversation loaded = load(tenant, c.id());

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(c);
        assertThat(loaded.subject()).isEmpty();
        assertThat(loaded.participant().name()).isNull();
        assertThat(loaded.contactId()).isNull();
        assertThat(loaded.externalThreadId()).isNull();
        assertThat(loaded.assignedTo()).isNull();
        assertThat(loaded.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(loaded.unread()).isFalse();
        assertThat(loaded.preview()).isEmpty();
    }

    @Test
    void updateBumpsTheVersionAndStoresTheChange() {
        TenantId tenant = newTenant();
        Conversation c = from(tenant, "a@client.test", null, "Question", Duration.ZERO);
        ContactId contact = newContact(tenant, "Ann").id();
        c.markRead(at(Duration.ofMinutes(1)));
        c.close(at(Duration.ofMinutes(2)));
        c.linkContact(contact, at(Duration.ofMinutes(3)));

        long version = in(tenant, () -> conversations().save(c));
        Conversation loaded = load(tenant, c.id());

        assertThat(version).isEqualTo(2);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(loaded.unread()).isFalse();
        assertThat(loaded.contactId()).isEqualTo(contact);
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofMinutes(3)));
    }

    @Test
    void savingAStaleVersionIsAConflictAndLeavesTheStoredRowUnchanged() {
        TenantId tenant = newTenant();
        Conversation stored = from(tenant, "a@client.test", null, "Question", Duration.ZERO);
        Conversation first = load(tenant, stored.id());
        Conversation second = load(tenant, stored.id());
        first.close(at(Duration.ofMinutes(1)));
        second.assign(newUserId(), at(Duration.ofMinutes(2)));
        in(tenant, () -> conversations().save(first));

        var conflict = assertConflict(() -> in(tenant, () -> conversations().save(second)));

        assertThat(conflict.getMessage()).contains("was changed by someone else");
        Conversation loaded = load(tenant, stored.id());
        assertThat(loaded.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(loaded.assignedTo()).isNull();
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        TenantId tenant = newTenant();
        Conversation stored = from(tenant, "a@client.test", null, "Original", Duration.ZERO);

        assertConflict(() -> in(tenant, () -> conversations().save(Conversation.startInbound(stored.id(), tenant,
                Channel.EMAIL, "Impostor", new EmailAddress("b@client.test", null), null, null, "x", T0))));

        assertThat(load(tenant, stored.id()).subject()).isEqualTo("Original");
    }

    @Test
    void anotherTenantsConversationIsNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        Conversation c = from(owner, "secret@client.test", null, "Private", Duration.ZERO);

        assertThat(in(other, () -> conversations().findById(other, c.id()))).isEmpty();
        assertThat(listIds(other, ALL)).isEmpty();
        assertThat(listIds(other, q("secret"))).isEmpty();
        assertThat(in(other, () -> conversations().findUnlinkedByParticipant(other, "secret@client.test"))).isEmpty();
    }

    @Test
    void listSearchesParticipantAddressAndNameSubjectAndTheLinkedContactsName() {
        TenantId tenant = newTenant();
        ContactId rina = newContact(tenant, "Rina Wijaya").id();
        Conversation byAddress = from(tenant, "orders@warung-kopi.test", null, "Hello", Duration.ofMinutes(1));
        Conversation byName = from(tenant, "x1@client.test", "Pak Harto", "Hi", Duration.ofMinutes(2));
        Conversation bySubject = from(tenant, "x2@client.test", null, "Invoice 50% discount?", Duration.ofMinutes(3));
        Conversation byContact = newConversation(tenant, new EmailAddress("x3@client.test", null), "Hey", rina,
                at(Duration.ofMinutes(4)));

        assertThat(listIds(tenant, q("WARUNG"))).containsExactly(byAddress.id().value());
        assertThat(listIds(tenant, q("harto"))).containsExactly(byName.id().value());
        assertThat(listIds(tenant, q("discount"))).containsExactly(bySubject.id().value());
        assertThat(listIds(tenant, q("wijaya"))).containsExactly(byContact.id().value());
        assertThat(listIds(tenant, q("50%"))).containsExactly(bySubject.id().value());
        assertThat(listIds(tenant, q("5_"))).isEmpty();
        assertThat(listIds(tenant, q("client.test"))).containsExactly(byContact.id().value(), bySubject.id().value(),
                byName.id().value());
        assertThat(listIds(tenant, q("   "))).hasSize(4);
        assertThat(listIds(tenant, q("nobody"))).isEmpty();
    }

    @Test
    void listFiltersByStatusChannelAssigneeUnassignedUnreadAndContact() {
        TenantId tenant = newTenant();
        ContactId contact = newContact(tenant, "Customer").id();
        UserId alice = newUserId();
        Conversation open = from(tenant, "a@client.test", null, "Open unread", Duration.ofMinutes(1));
        Conversation closed = from(tenant, "b@client.test", null, "Closed read", Duration.ofMinutes(2));
        closed.markRead(at(Duration.ofMinutes(3)));
        closed.close(at(Duration.ofMinutes(3)));
        in(tenant, () -> conversations().save(closed));
        Conversation assigned = newConversation(tenant, new EmailAddress("c@client.test", null), "Assigned", contact,
                at(Duration.ofMinutes(4)));
        assigned.assign(alice, at(Duration.ofMinutes(5)));
        assigned.markRead(at(Duration.ofMinutes(5)));
        in(tenant, () -> conversations().save(assigned));
        Conversation portal = Conversation.startInbound(new ConversationId(newId()), tenant, Channel.WEB_PORTAL,
                "From the portal", new EmailAddress("d@client.test", null), null, null, "hi", at(Duration.ofMinutes(6)));
        in(tenant, () -> conversations().save(portal));

        assertThat(listIds(tenant, ALL)).containsExactly(portal.id().value(), assigned.id().value(), closed.id().value(),
                open.id().value());
        assertThat(listIds(tenant, new Filter(null, ConversationStatus.OPEN, null, null, null, null, null)))
                .containsExactly(portal.id().value(), assigned.id().value(), open.id().value());
        assertThat(listIds(tenant, new Filter(null, ConversationStatus.CLOSED, null, null, null, null, null)))
                .containsExactly(closed.id().value());
        assertThat(listIds(tenant, new Filter(null, null, Channel.WEB_PORTAL, null, null, null, null)))
                .containsExactly(portal.id().value());
        assertThat(listIds(tenant, new Filter(null, null, Channel.SMS, null, null, null, null))).isEmpty();
        assertThat(listIds(tenant, new Filter(null, null, null, alice, null, null, null)))
                .containsExactly(assigned.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, newUserId(), null, null, null))).isEmpty();
        assertThat(listIds(tenant, new Filter(null, null, null, null, true, null, null)))
                .containsExactly(portal.id().value(), closed.id().value(), open.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, null, false, null, null))).hasSize(4);
        assertThat(listIds(tenant, new Filter(null, null, null, null, null, true, null)))
                .containsExactly(portal.id().value(), open.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, null, null, false, null)))
                .containsExactly(assigned.id().value(), closed.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, null, null, null, contact)))
                .containsExactly(assigned.id().value());
        assertThat(listIds(tenant, new Filter("client", ConversationStatus.OPEN, Channel.EMAIL, null, true, true, null)))
                .containsExactly(open.id().value());
    }

    @Test
    void listOrdersByLatestActivityAndAReplyMovesAConversationToTheTop() {
        TenantId tenant = newTenant();
        Conversation older = from(tenant, "a@client.test", null, "Older", Duration.ofMinutes(1));
        Conversation newer = from(tenant, "b@client.test", null, "Newer", Duration.ofMinutes(2));

        older.inboundMessage("Follow-up", at(Duration.ofMinutes(3)));
        in(tenant, () -> conversations().save(older));

        assertThat(listIds(tenant, ALL)).containsExactly(older.id().value(), newer.id().value());
    }

    @Test
    void keysetPagesReturnEveryConversationOnceNewestFirstWithTiesBrokenByIdDescending() {
        TenantId tenant = newTenant();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // pairs share a last-message time, so the id decides within a pair
            created.add(from(tenant, "p" + i + "@client.test", null, "Thread " + i, Duration.ofMinutes(i / 2)).id().value());
        }

        List<UUID> served = new ArrayList<>();
        Position after = null;
        for (int guard = 0; guard < 10; guard++) {
            Position cursor = after;
            List<Conversation> page = in(tenant, () -> conversations().list(tenant, ALL, cursor, 2));
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.forEach(c -> served.add(c.id().value()));
            if (page.size() < 2) {
                break;
            }
            Conversation last = page.get(page.size() - 1);
            after = new Position(last.lastMessageAt(), last.id().value());
            from(tenant, "late" + guard + "@client.test", null, "Late", Duration.ofMinutes(-guard - 1));
        }

        assertThat(served).doesNotHaveDuplicates();
        assertThat(served.subList(0, 7)).containsExactlyElementsOf(newestFirst(created));
    }

    @Test
    void unlinkedConversationsOfAParticipantAreFoundByAddress() {
        TenantId tenant = newTenant();
        ContactId contact = newContact(tenant, "Known").id();
        Conversation first = from(tenant, "new.customer@client.test", "New", "One", Duration.ofMinutes(1));
        Conversation second = from(tenant, "new.customer@client.test", null, "Two", Duration.ofMinutes(2));
        newConversation(tenant, new EmailAddress("new.customer@client.test", null), "Linked", contact, at(Duration.ofMinutes(3)));
        from(tenant, "someone.else@client.test", null, "Other", Duration.ofMinutes(4));

        List<UUID> found = in(tenant, () -> conversations().findUnlinkedByParticipant(tenant, "new.customer@client.test"))
                .stream().map(c -> c.id().value()).toList();

        assertThat(found).containsExactlyInAnyOrder(first.id().value(), second.id().value());
    }

    @Test
    void aWorkItemMadeFromAConversationRemembersIt() {
        TenantId tenant = newTenant();
        ContactId contact = newContact(tenant, "Customer").id();
        Conversation c = newConversation(tenant, new EmailAddress("a@client.test", null), "Fix my sink", contact, T0);
        WorkItem item = WorkItem.create(new WorkItemId(newId()), tenant, new WorkItemDetails(WorkItemType.REQUEST,
                "Fix my sink", null, null, contact, null, null), null, WorkItemSource.INBOX, c.id(), null, newUserId(),
                at(Duration.ofMinutes(1)));
        WorkItem plain = WorkItem.create(new WorkItemId(newId()), tenant, new WorkItemDetails(WorkItemType.REQUEST,
                "Manual", null, null, null, null, null), null, WorkItemSource.MANUAL, null, T0);

        in(tenant, () -> adapters().workItems().save(item));
        in(tenant, () -> adapters().workItems().save(plain));

        WorkItem loaded = in(tenant, () -> adapters().workItems().findById(tenant, item.id())).orElseThrow();
        assertThat(loaded.conversationId()).contains(c.id());
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(item);
        assertThat(in(tenant, () -> adapters().workItems().findById(tenant, plain.id()))).get()
                .satisfies(w -> assertThat(w.conversationId()).isEmpty());
    }

    @Test
    void aRolledBackSaveLeavesNoConversation() {
        TenantId tenant = newTenant();
        Conversation c = Conversation.startInbound(new ConversationId(newId()), tenant, Channel.EMAIL, "Never",
                new EmailAddress("a@client.test", null), null, null, "x", T0);

        runAndRollBack(tenant, () -> conversations().save(c));

        assertThat(in(tenant, () -> conversations().findById(tenant, c.id()))).isEmpty();
    }
}
