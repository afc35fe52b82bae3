package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.IdempotencyKeys;
import io.smbhub.application.port.out.IdempotencyStore;
import io.smbhub.domain.shared.TenantId;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IdempotencyStore} on PostgreSQL ({@code idempotency_keys}). {@link #reserve} is
 * {@code INSERT … ON CONFLICT DO NOTHING}: when another open transaction has inserted the same key,
 * PostgreSQL makes this one wait for it, then reports the conflict if it committed or inserts if it rolled back.
 */
public final class JooqIdempotencyStore implements IdempotencyStore {

    private final JdbcTransactionRunner tx;

    public JooqIdempotencyStore(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public boolean reserve(TenantId tenant, String operation, String key, String fingerprint, Instant at) {
        return SqlSupport.write("Idempotency-Key " + key, () -> tx.dsl()
                .insertInto(IdempotencyKeys.TABLE)
                .set(IdempotencyKeys.TENANT_ID, tenant.value())
                .set(IdempotencyKeys.OPERATION, operation)
                .set(IdempotencyKeys.KEY, key)
                .set(IdempotencyKeys.FINGERPRINT, fingerprint)
                .set(IdempotencyKeys.CREATED_AT, SqlSupport.micros(at))
                .onConflictDoNothing()
                .execute()) == 1;
    }

    @Override
    public Optional<Entry> find(TenantId tenant, String operation, String key) {
        return tx.dsl().select(IdempotencyKeys.FINGERPRINT, IdempotencyKeys.RESULT)
                .from(IdempotencyKeys.TABLE)
                .where(IdempotencyKeys.TENANT_ID.eq(tenant.value()), IdempotencyKeys.OPERATION.eq(operation),
                        IdempotencyKeys.KEY.eq(key))
                .fetchOptional(r -> new Entry(r.value1(), r.value2()));
    }

    /**
     * Stores the result. Like the in-memory store, a key that was never reserved is recorded with no
     * fingerprint rather than ignored.
     */
    @Override
    public void complete(TenantId tenant, String operation, String key, String result) {
        SqlSupport.write("Idempotency-Key " + key, () -> tx.dsl()
                .insertInto(IdempotencyKeys.TABLE)
                .set(IdempotencyKeys.TENANT_ID, tenant.value())
                .set(IdempotencyKeys.OPERATION, operation)
                .set(IdempotencyKeys.KEY, key)
                .set(IdempotencyKeys.RESULT, result)
                .set(IdempotencyKeys.CREATED_AT, DSL.field("now()", SQLDataType.INSTANT))
                .onConflict(IdempotencyKeys.TENANT_ID, IdempotencyKeys.OPERATION, IdempotencyKeys.KEY)
                .doUpdate()
                .set(IdempotencyKeys.RESULT, result)
                .execute());
    }
}
