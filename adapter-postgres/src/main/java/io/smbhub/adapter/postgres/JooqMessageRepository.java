package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Messages;
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
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link MessageRepository} on PostgreSQL ({@code messages}, row-level security; V6): recipients as jsonb arrays,
 * {@code References} as {@code text[]}, the {@code Message-ID} unique per tenant
 * ({@code messages_internet_message_id_key}). A conversation's thread is a keyset over {@code (created_at, id)}.
 */
public final class JooqMessageRepository implements MessageRepository {

    private final JdbcTransactionRunner tx;

    public JooqMessageRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<Message> findById(TenantId tenant, MessageId id) {
        return tx.dsl().select(Messages.ALL).from(Messages.TABLE)
                .where(Messages.TENANT_ID.eq(tenant.value()), Messages.ID.eq(id.value()))
                .fetchOptional().map(JooqMessageRepository::toMessage);
    }

    @Override
    public long save(Message m) {
        return SqlSupport.saveVersioned(tx.dsl(), Messages.TABLE, Messages.TENANT_ID, Messages.ID, Messages.VERSION,
                m.tenantId().value(), m.id().value(), m.version(), values(m), "Message " + m.id(),
                () -> duplicateMessage(m));
    }

    @Override
    public Optional<Message> findByInternetMessageId(TenantId tenant, String internetMessageId) {
        return tx.dsl().select(Messages.ALL).from(Messages.TABLE)
                .where(Messages.TENANT_ID.eq(tenant.value()), Messages.INTERNET_MESSAGE_ID.eq(internetMessageId))
                .fetchOptional().map(JooqMessageRepository::toMessage);
    }

    @Override
    public List<Message> findByInternetMessageIds(TenantId tenant, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.dsl().select(Messages.ALL).from(Messages.TABLE)
                .where(Messages.TENANT_ID.eq(tenant.value()), Messages.INTERNET_MESSAGE_ID.in(ids))
                .orderBy(Messages.CREATED_AT.desc(), Messages.ID.desc())
                .fetch(JooqMessageRepository::toMessage);
    }

    @Override
    public List<Message> listByConversation(TenantId tenant, ConversationId conversationId, UUID afterId, int limit) {
        Condition where = Messages.TENANT_ID.eq(tenant.value()).and(Messages.CONVERSATION_ID.eq(conversationId.value()));
        if (afterId != null) {
            Table<Record> cursor = Messages.TABLE.as("cursor");
            Field<Instant> cursorCreatedAt = DSL.field(DSL.name("cursor", "created_at"), SQLDataType.INSTANT);
            Field<UUID> cursorId = DSL.field(DSL.name("cursor", "id"), SQLDataType.UUID);
            Field<UUID> cursorTenant = DSL.field(DSL.name("cursor", "tenant_id"), SQLDataType.UUID);
            where = where.and(DSL.row(Messages.CREATED_AT, Messages.ID).gt(
                    DSL.select(cursorCreatedAt, cursorId).from(cursor)
                            .where(cursorTenant.eq(tenant.value()), cursorId.eq(afterId))));
        }
        return tx.dsl().select(Messages.ALL).from(Messages.TABLE).where(where)
                .orderBy(Messages.CREATED_AT, Messages.ID).limit(limit)
                .fetch(JooqMessageRepository::toMessage);
    }

    @Override
    public Optional<Message> latestAboutDocument(TenantId tenant, DocumentRef document) {
        return tx.dsl().select(Messages.ALL).from(Messages.TABLE)
                .where(Messages.TENANT_ID.eq(tenant.value()), Messages.DOCUMENT_KIND.eq(document.kind().name()),
                        Messages.DOCUMENT_ID.eq(document.id()), Messages.DIRECTION.eq(MessageDirection.OUTBOUND.name()))
                .orderBy(Messages.CREATED_AT.desc(), Messages.ID.desc()).limit(1)
                .fetchOptional().map(JooqMessageRepository::toMessage);
    }

    @Override
    public Optional<Message> latest(TenantId tenant, ConversationId conversationId) {
        return tx.dsl().select(Messages.ALL).from(Messages.TABLE)
                .where(Messages.TENANT_ID.eq(tenant.value()), Messages.CONVERSATION_ID.eq(conversationId.value()))
                .orderBy(Messages.CREATED_AT.desc(), Messages.ID.desc()).limit(1)
                .fetchOptional().map(JooqMessageRepository::toMessage);
    }

    private String duplicateMessage(Message m) {
        boolean idTaken = tx.dsl().fetchExists(Messages.TABLE,
                Messages.TENANT_ID.eq(m.tenantId().value()).and(Messages.ID.eq(m.id().value())));
        return idTaken ? "Message " + m.id() + " already exists"
                : "Message " + m.id() + " has Message-ID <" + m.internetMessageId()
                + ">, which another message of this business already has";
    }

    private static Map<Field<?>, Object> values(Message m) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(Messages.CONVERSATION_ID, m.conversationId().value());
        v.put(Messages.DIRECTION, m.direction().name());
        v.put(Messages.FROM_ADDRESS, m.from().address());
        v.put(Messages.FROM_NAME, m.from().name());
        v.put(Messages.TO_ADDRESSES, JsonColumns.addresses(m.to()));
        v.put(Messages.CC_ADDRESSES, JsonColumns.addresses(m.cc()));
        v.put(Messages.SUBJECT, m.subject());
        v.put(Messages.BODY_TEXT, m.bodyText());
        v.put(Messages.BODY_HTML, m.bodyHtml());
        v.put(Messages.INTERNET_MESSAGE_ID, m.internetMessageId());
        v.put(Messages.IN_REPLY_TO, m.inReplyTo());
        v.put(Messages.REFERENCE_IDS, m.references().toArray(String[]::new));
        v.put(Messages.ATTACHMENT_COUNT, m.attachmentCount());
        v.put(Messages.DOCUMENT_KIND, m.document() == null ? null : m.document().kind().name());
        v.put(Messages.DOCUMENT_ID, m.document() == null ? null : m.document().id());
        v.put(Messages.PURPOSE, m.purpose() == null ? null : m.purpose().name());
        v.put(Messages.STATUS, m.status().name());
        v.put(Messages.FAILURE_REASON, m.failureReason());
        v.put(Messages.SENT_AT, SqlSupport.micros(m.sentAt()));
        v.put(Messages.CREATED_BY, m.createdBy() == null ? null : m.createdBy().value());
        v.put(Messages.CREATED_AT, SqlSupport.micros(m.createdAt()));
        v.put(Messages.UPDATED_AT, SqlSupport.micros(m.updatedAt()));
        return v;
    }

    private static Message toMessage(Record r) {
        String kind = r.get(Messages.DOCUMENT_KIND);
        String purpose = r.get(Messages.PURPOSE);
        UUID createdBy = r.get(Messages.CREATED_BY);
        String[] references = r.get(Messages.REFERENCE_IDS);
        return Message.rehydrate(new MessageId(r.get(Messages.ID)), new TenantId(r.get(Messages.TENANT_ID)),
                new ConversationId(r.get(Messages.CONVERSATION_ID)), MessageDirection.valueOf(r.get(Messages.DIRECTION)),
                new EmailAddress(r.get(Messages.FROM_ADDRESS), r.get(Messages.FROM_NAME)),
                JsonColumns.addresses(r.get(Messages.TO_ADDRESSES)), JsonColumns.addresses(r.get(Messages.CC_ADDRESSES)),
                r.get(Messages.SUBJECT), r.get(Messages.BODY_TEXT), r.get(Messages.BODY_HTML),
                r.get(Messages.INTERNET_MESSAGE_ID), r.get(Messages.IN_REPLY_TO),
                references == null ? List.of() : List.of(references), r.get(Messages.ATTACHMENT_COUNT),
                kind == null ? null : new DocumentRef(DocumentKind.valueOf(kind), r.get(Messages.DOCUMENT_ID)),
                purpose == null ? null : MessagePurpose.valueOf(purpose), DeliveryStatus.valueOf(r.get(Messages.STATUS)),
                r.get(Messages.FAILURE_REASON), r.get(Messages.SENT_AT), createdBy == null ? null : new UserId(createdBy),
                r.get(Messages.CREATED_AT), r.get(Messages.UPDATED_AT), r.get(Messages.VERSION));
    }
}
