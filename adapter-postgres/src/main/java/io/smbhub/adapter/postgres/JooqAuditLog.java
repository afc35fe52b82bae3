package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.AuditEntries;
import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link AuditLog} on PostgreSQL ({@code audit_log}; before/after as jsonb).
 * Snapshot values read back as JSON types: strings, booleans, {@link Long} for integers, {@link java.math.BigDecimal}
 * for other numbers, lists and maps.
 */
public final class JooqAuditLog implements AuditLog {

    private final JdbcTransactionRunner tx;

    public JooqAuditLog(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void append(AuditEntry entry) {
        int inserted = SqlSupport.write("Audit entry " + entry.id(), () -> tx.dsl()
                .insertInto(AuditEntries.TABLE)
                .set(AuditEntries.TENANT_ID, entry.tenantId().value())
                .set(AuditEntries.ID, entry.id())
                .set(AuditEntries.ACTOR_USER_ID, entry.actorUserId() == null ? null : entry.actorUserId().value())
                .set(AuditEntries.ACTION, entry.action())
                .set(AuditEntries.ENTITY_TYPE, entry.entityType())
                .set(AuditEntries.ENTITY_ID, entry.entityId())
                .set(AuditEntries.BEFORE, JsonColumns.map(entry.before()))
                .set(AuditEntries.AFTER, JsonColumns.map(entry.after()))
                .set(AuditEntries.REQUEST_ID, entry.requestId())
                .set(AuditEntries.CREATED_AT, SqlSupport.micros(entry.at()))
                .onConflictDoNothing()
                .execute());
        if (inserted == 0) {
            // As in memory: a reused entry id is a programming error, not a client conflict.
            throw new IllegalStateException("audit entry " + entry.id() + " already written");
        }
    }

    @Override
    public List<AuditEntry> list(TenantId tenant, Filter filter, UUID afterId, int limit) {
        return tx.dsl().select(AuditEntries.ALL).from(AuditEntries.TABLE)
                .where(AuditEntries.TENANT_ID.eq(tenant.value()), SqlSupport.before(AuditEntries.ID, afterId),
                        matches(filter))
                .orderBy(AuditEntries.ID.desc()).limit(limit)
                .fetch(JooqAuditLog::toEntry);
    }

    /** The filter's parts as one condition; absent parts add nothing. */
    private static Condition matches(Filter f) {
        Condition c = DSL.noCondition();
        if (f.entityType() != null) {
            c = c.and(AuditEntries.ENTITY_TYPE.eq(f.entityType()));
        }
        if (f.entityId() != null) {
            c = c.and(AuditEntries.ENTITY_ID.eq(f.entityId()));
        }
        if (f.actorUserId() != null) {
            c = c.and(AuditEntries.ACTOR_USER_ID.eq(f.actorUserId().value()));
        }
        if (f.action() != null) {
            c = c.and(AuditEntries.ACTION.eq(f.action()));
        }
        if (f.from() != null) {
            c = c.and(AuditEntries.CREATED_AT.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(AuditEntries.CREATED_AT.lt(f.to()));
        }
        return c;
    }

    private static AuditEntry toEntry(Record r) {
        UUID actor = r.get(AuditEntries.ACTOR_USER_ID);
        return new AuditEntry(r.get(AuditEntries.ID), new TenantId(r.get(AuditEntries.TENANT_ID)),
                actor == null ? null : new UserId(actor), r.get(AuditEntries.ACTION), r.get(AuditEntries.ENTITY_TYPE),
                r.get(AuditEntries.ENTITY_ID), JsonColumns.map(r.get(AuditEntries.BEFORE)),
                JsonColumns.map(r.get(AuditEntries.AFTER)), r.get(AuditEntries.REQUEST_ID), r.get(AuditEntries.CREATED_AT));
    }
}
