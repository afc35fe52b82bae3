package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Templates;
import io.smbhub.application.port.out.TemplateRepository;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.inbox.MessageTemplate;
import io.smbhub.domain.inbox.TemplateType;
import io.smbhub.domain.shared.TemplateId;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TemplateRepository} on PostgreSQL ({@code templates}, row-level security; V6). The partial unique index
 * {@code templates_default_key} keeps one default per purpose and tenant: a second default is a {@code CONFLICT}.
 * Lists are ordered by name case-insensitively (then exactly, then id), byte-wise so the order does not depend on the
 * server's collation.
 */
public final class JooqTemplateRepository implements TemplateRepository {

    private final JdbcTransactionRunner tx;

    public JooqTemplateRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<MessageTemplate> findById(TenantId tenant, TemplateId id) {
        return tx.dsl().select(Templates.ALL).from(Templates.TABLE)
                .where(Templates.TENANT_ID.eq(tenant.value()), Templates.ID.eq(id.value()))
                .fetchOptional().map(JooqTemplateRepository::toTemplate);
    }

    @Override
    public long save(MessageTemplate t) {
        MessageTemplate.Content c = t.content();
        return SqlSupport.saveVersioned(tx.dsl(), Templates.TABLE, Templates.TENANT_ID, Templates.ID, Templates.VERSION,
                t.tenantId().value(), t.id().value(), t.version(), values(t), "Template '" + c.name() + "'",
                () -> duplicateMessage(t));
    }

    @Override
    public List<MessageTemplate> list(TenantId tenant, TemplateType type, MessagePurpose purpose) {
        Condition where = Templates.TENANT_ID.eq(tenant.value());
        if (type != null) {
            where = where.and(Templates.TYPE.eq(type.name()));
        }
        if (purpose != null) {
            where = where.and(Templates.PURPOSE.eq(purpose.name()));
        }
        return tx.dsl().select(Templates.ALL).from(Templates.TABLE).where(where)
                .orderBy(DSL.lower(Templates.NAME).collate("C"), Templates.NAME.collate("C"), Templates.ID)
                .fetch(JooqTemplateRepository::toTemplate);
    }

    @Override
    public Optional<MessageTemplate> findDefault(TenantId tenant, MessagePurpose purpose) {
        return tx.dsl().select(Templates.ALL).from(Templates.TABLE)
                .where(Templates.TENANT_ID.eq(tenant.value()), Templates.PURPOSE.eq(purpose.name()),
                        Templates.IS_DEFAULT.isTrue())
                .fetchOptional().map(JooqTemplateRepository::toTemplate);
    }

    private String duplicateMessage(MessageTemplate t) {
        boolean idTaken = tx.dsl().fetchExists(Templates.TABLE,
                Templates.TENANT_ID.eq(t.tenantId().value()).and(Templates.ID.eq(t.id().value())));
        MessageTemplate.Content c = t.content();
        if (idTaken || c.purpose() == null) {
            return "Template " + t.id() + " already exists";
        }
        return "Template '" + c.name() + "' cannot be the default for " + c.purpose().wire()
                + ": another template already is; clear that default first";
    }

    private static Map<Field<?>, Object> values(MessageTemplate t) {
        MessageTemplate.Content c = t.content();
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(Templates.TYPE, c.type().name());
        v.put(Templates.PURPOSE, c.purpose() == null ? null : c.purpose().name());
        v.put(Templates.NAME, c.name());
        v.put(Templates.SUBJECT, c.subject());
        v.put(Templates.CONTENT, c.body());
        v.put(Templates.IS_DEFAULT, c.isDefault());
        v.put(Templates.PROFILE_SCOPES, c.profileScopes().toArray(String[]::new));
        v.put(Templates.CREATED_AT, SqlSupport.micros(t.createdAt()));
        v.put(Templates.UPDATED_AT, SqlSupport.micros(t.updatedAt()));
        return v;
    }

    private static MessageTemplate toTemplate(Record r) {
        String purpose = r.get(Templates.PURPOSE);
        String[] scopes = r.get(Templates.PROFILE_SCOPES);
        MessageTemplate.Content content = new MessageTemplate.Content(TemplateType.valueOf(r.get(Templates.TYPE)),
                purpose == null ? null : MessagePurpose.valueOf(purpose), r.get(Templates.NAME), r.get(Templates.SUBJECT),
                r.get(Templates.CONTENT), r.get(Templates.IS_DEFAULT), scopes == null ? List.of() : List.of(scopes));
        return MessageTemplate.rehydrate(new TemplateId(r.get(Templates.ID)), new TenantId(r.get(Templates.TENANT_ID)),
                content, r.get(Templates.CREATED_AT), r.get(Templates.UPDATED_AT), r.get(Templates.VERSION));
    }
}
