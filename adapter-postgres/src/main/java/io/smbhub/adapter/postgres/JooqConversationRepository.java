package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Contacts;
import io.smbhub.adapter.postgres.Tables.Conversations;
import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ConversationRepository} on PostgreSQL ({@code conversations}, row-level security; V6). The list is a keyset
 * over {@code (last_message_at, id)} descending; its search also matches the linked contact's display name through a
 * correlated lookup of {@code contacts} (soft-deleted contacts do not match).
 */
public final class JooqConversationRepository implements ConversationRepository {

    private final JdbcTransactionRunner tx;

    public JooqConversationRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<Conversation> findById(TenantId tenant, ConversationId id) {
        return tx.dsl().select(Conversations.ALL).from(Conversations.TABLE)
                .where(Conversations.TENANT_ID.eq(tenant.value()), Conversations.ID.eq(id.value()))
                .fetchOptional().map(JooqConversationRepository::toConversation);
    }

    @Override
    public long save(Conversation c) {
        return SqlSupport.saveVersioned(tx.dsl(), Conversations.TABLE, Conversations.TENANT_ID, Conversations.ID,
                Conversations.VERSION, c.tenantId().value(), c.id().value(), c.version(), values(c), c.label(),
                () -> "Conversation " + c.id() + " already exists");
    }

    @Override
    public List<Conversation> list(TenantId tenant, Filter f, Position after, int limit) {
        Condition where = Conversations.TENANT_ID.eq(tenant.value());
        if (after != null) {
            where = where.and(DSL.row(Conversations.LAST_MESSAGE_AT, Conversations.ID)
                    .lt(SqlSupport.micros(after.lastMessageAt()), after.id()));
        }
        if (f.status() != null) {
            where = where.and(Conversations.STATUS.eq(f.status().name()));
        }
        if (f.channel() != null) {
            where = where.and(Conversations.CHANNEL.eq(f.channel().name()));
        }
        if (f.assignedTo() != null) {
            where = where.and(Conversations.ASSIGNED_TO.eq(f.assignedTo().value()));
        }
        if (Boolean.TRUE.equals(f.unassigned())) {
            where = where.and(Conversations.ASSIGNED_TO.isNull());
        }
        if (f.unread() != null) {
            where = where.and(Conversations.UNREAD.eq(f.unread()));
        }
        if (f.contactId() != null) {
            where = where.and(Conversations.CONTACT_ID.eq(f.contactId().value()));
        }
        String q = SqlSupport.searchText(f.q());
        if (q != null) {
            where = where.and(SqlSupport.containsIgnoreCase(Conversations.PARTICIPANT_ADDRESS, q)
                    .or(SqlSupport.containsIgnoreCase(Conversations.PARTICIPANT_NAME, q))
                    .or(SqlSupport.containsIgnoreCase(Conversations.SUBJECT, q))
                    .or(DSL.exists(DSL.selectOne().from(Contacts.TABLE).where(
                            Contacts.TENANT_ID.eq(Conversations.TENANT_ID),
                            Contacts.ID.eq(Conversations.CONTACT_ID),
                            Contacts.DELETED_AT.isNull(),
                            SqlSupport.containsIgnoreCase(Contacts.DISPLAY_NAME, q)))));
        }
        return tx.dsl().select(Conversations.ALL).from(Conversations.TABLE).where(where)
                .orderBy(Conversations.LAST_MESSAGE_AT.desc(), Conversations.ID.desc()).limit(limit)
                .fetch(JooqConversationRepository::toConversation);
    }

    @Override
    public List<Conversation> findUnlinkedByParticipant(TenantId tenant, String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        return tx.dsl().select(Conversations.ALL).from(Conversations.TABLE)
                .where(Conversations.TENANT_ID.eq(tenant.value()), Conversations.CONTACT_ID.isNull(),
                        Conversations.PARTICIPANT_ADDRESS.eq(address.strip().toLowerCase(Locale.ROOT)))
                .orderBy(Conversations.LAST_MESSAGE_AT.desc(), Conversations.ID.desc())
                .fetch(JooqConversationRepository::toConversation);
    }

    private static Map<Field<?>, Object> values(Conversation c) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(Conversations.CHANNEL, c.channel().name());
        v.put(Conversations.SUBJECT, c.subject());
        v.put(Conversations.PARTICIPANT_ADDRESS, c.participant().address());
        v.put(Conversations.PARTICIPANT_NAME, c.participant().name());
        v.put(Conversations.CONTACT_ID, c.contactId() == null ? null : c.contactId().value());
        v.put(Conversations.EXTERNAL_THREAD_ID, c.externalThreadId());
        v.put(Conversations.STATUS, c.status().name());
        v.put(Conversations.ASSIGNED_TO, c.assignedTo() == null ? null : c.assignedTo().value());
        v.put(Conversations.UNREAD, c.unread());
        v.put(Conversations.LAST_MESSAGE_AT, SqlSupport.micros(c.lastMessageAt()));
        v.put(Conversations.PREVIEW, c.preview() == null ? "" : c.preview());
        v.put(Conversations.CREATED_AT, SqlSupport.micros(c.createdAt()));
        v.put(Conversations.UPDATED_AT, SqlSupport.micros(c.updatedAt()));
        return v;
    }

    private static Conversation toConversation(Record r) {
        UUID contact = r.get(Conversations.CONTACT_ID);
        UUID assignedTo = r.get(Conversations.ASSIGNED_TO);
        return Conversation.rehydrate(new ConversationId(r.get(Conversations.ID)),
                new TenantId(r.get(Conversations.TENANT_ID)), Channel.valueOf(r.get(Conversations.CHANNEL)),
                r.get(Conversations.SUBJECT),
                new EmailAddress(r.get(Conversations.PARTICIPANT_ADDRESS), r.get(Conversations.PARTICIPANT_NAME)),
                contact == null ? null : new ContactId(contact), r.get(Conversations.EXTERNAL_THREAD_ID),
                ConversationStatus.valueOf(r.get(Conversations.STATUS)), assignedTo == null ? null : new UserId(assignedTo),
                r.get(Conversations.UNREAD), r.get(Conversations.LAST_MESSAGE_AT), r.get(Conversations.PREVIEW),
                r.get(Conversations.CREATED_AT), r.get(Conversations.UPDATED_AT), r.get(Conversations.VERSION));
    }
}
