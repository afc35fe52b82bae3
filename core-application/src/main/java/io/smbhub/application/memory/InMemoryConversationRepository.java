package io.smbhub.application.memory;

import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ConversationRepository} in memory, for tests and embedders. The list's search reads the linked contact's
 * display name through {@code contacts} (the in-memory contact repository on the same transaction runner).
 */
public final class InMemoryConversationRepository implements ConversationRepository {

    /** The list order: newest activity first, then id descending (as PostgreSQL orders uuid). */
    private static final Comparator<Position> NEWEST_FIRST = Comparator
            .comparing(Position::lastMessageAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Position::id, InMemoryTable.UNSIGNED)
            .reversed();

    private final InMemoryTable<Conversation> table;
    private final ContactRepository contacts;

    public InMemoryConversationRepository(InMemoryTransactionRunner tx, ContactRepository contacts) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        table = new InMemoryTable<>(tx, "Conversation", (c, v) -> Conversation.rehydrate(c.id(), c.tenantId(), c.channel(),
                c.subject(), c.participant(), c.contactId(), c.externalThreadId(), c.status(), c.assignedTo(), c.unread(),
                c.lastMessageAt(), c.preview(), c.createdAt(), c.updatedAt(), v));
    }

    @Override
    public Optional<Conversation> findById(TenantId tenant, ConversationId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public long save(Conversation conversation) {
        return table.save(conversation.tenantId().value(), conversation.id().value(), conversation,
                conversation.version(), Conversation::version);
    }

    @Override
    public List<Conversation> list(TenantId tenant, Filter f, Position after, int limit) {
        String q = f.q() == null || f.q().isBlank() ? null : f.q().strip().toLowerCase(Locale.ROOT);
        return table.all(tenant.value()).stream()
                .filter(c -> f.status() == null || c.status() == f.status())
                .filter(c -> f.channel() == null || c.channel() == f.channel())
                .filter(c -> f.assignedTo() == null || f.assignedTo().equals(c.assignedTo()))
                .filter(c -> !Boolean.TRUE.equals(f.unassigned()) || c.assignedTo() == null)
                .filter(c -> f.unread() == null || c.unread() == f.unread())
                .filter(c -> f.contactId() == null || f.contactId().equals(c.contactId()))
                .filter(c -> q == null || matches(tenant, c, q))
                .filter(c -> after == null || NEWEST_FIRST.compare(position(c), after) > 0)
                .sorted(Comparator.comparing(InMemoryConversationRepository::position, NEWEST_FIRST))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Conversation> findUnlinkedByParticipant(TenantId tenant, String address) {
        String wanted = address == null ? null : address.strip().toLowerCase(Locale.ROOT);
        return table.all(tenant.value()).stream()
                .filter(c -> c.contactId() == null && c.participant().address().equals(wanted))
                .sorted(Comparator.comparing(InMemoryConversationRepository::position, NEWEST_FIRST))
                .toList();
    }

    private boolean matches(TenantId tenant, Conversation c, String q) {
        return contains(c.participant().address(), q) || contains(c.participant().name(), q) || contains(c.subject(), q)
                || (c.contactId() != null && contactName(tenant, c.contactId()).map(n -> contains(n, q)).orElse(false));
    }

    private Optional<String> contactName(TenantId tenant, ContactId id) {
        return contacts.findById(tenant, id).map(Contact::details).map(d -> d.displayName());
    }

    private static boolean contains(String text, String lowerQ) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQ);
    }

    private static Position position(Conversation c) {
        return new Position(c.lastMessageAt(), c.id().value());
    }
}
