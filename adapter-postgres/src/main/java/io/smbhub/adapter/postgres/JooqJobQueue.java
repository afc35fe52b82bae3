package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Jobs;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.domain.shared.TenantId;
import org.jooq.JSONB;
import org.jooq.Record;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link JobQueue} on PostgreSQL ({@code jobs}): enqueue is an {@code INSERT … ON CONFLICT DO NOTHING} on
 * {@code (kind, idempotency_key)} in the caller's transaction; claim picks due rows with
 * {@code FOR UPDATE SKIP LOCKED} in a short transaction of its own, so several app instances never run one job
 * at the same time, and a RUNNING job whose lease ({@code run_at}) expired is claimed again. A job done on behalf of a
 * tenant carries its {@code tenant_id}; {@code jobs} has no row-level security (workers claim across tenants), so
 * {@link #find} filters on {@code tenant_id} itself.
 */
public final class JooqJobQueue implements JobQueue {

    private static final List<String> CLAIMABLE = List.of(Status.QUEUED.name(), Status.RUNNING.name());

    private final JdbcTransactionRunner tx;

    public JooqJobQueue(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public boolean enqueue(Kind kind, String idempotencyKey, String payload, Instant runAt) {
        return insert(null, kind, idempotencyKey, payload, runAt);
    }

    @Override
    public UUID enqueueFor(TenantId tenant, Kind kind, String idempotencyKey, String payload, Instant runAt) {
        Objects.requireNonNull(tenant, "tenant");
        insert(tenant, kind, idempotencyKey, payload, runAt);
        return tx.dsl().select(Jobs.ID).from(Jobs.TABLE)
                .where(Jobs.KIND.eq(kind.name()), Jobs.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchSingle(Jobs.ID);
    }

    @Override
    public Optional<Job> find(TenantId tenant, UUID jobId) {
        return tx.withoutTenant(() -> tx.dsl().select(Jobs.ALL).from(Jobs.TABLE)
                .where(Jobs.ID.eq(jobId), Jobs.TENANT_ID.eq(tenant.value()))
                .fetchOptional().map(JooqJobQueue::toJob));
    }

    @Override
    public void progress(UUID jobId, int done, int total, Instant at) {
        tx.withoutTenant(() -> tx.dsl().update(Jobs.TABLE)
                .set(Jobs.PROGRESS_DONE, done)
                .set(Jobs.PROGRESS_TOTAL, total)
                .set(Jobs.UPDATED_AT, SqlSupport.micros(at))
                .where(Jobs.ID.eq(jobId))
                .execute());
    }

    /** Inserts the job unless one with this kind and key exists; its id follows from (kind, key). */
    private boolean insert(TenantId tenant, Kind kind, String idempotencyKey, String payload, Instant runAt) {
        Instant at = SqlSupport.micros(runAt);
        return tx.dsl().insertInto(Jobs.TABLE)
                .set(Jobs.ID, UUID.nameUUIDFromBytes((kind + "/" + idempotencyKey).getBytes(StandardCharsets.UTF_8)))
                .set(Jobs.TENANT_ID, tenant == null ? null : tenant.value())
                .set(Jobs.KIND, kind.name())
                .set(Jobs.IDEMPOTENCY_KEY, idempotencyKey)
                .set(Jobs.PAYLOAD, JSONB.valueOf(payload))
                .set(Jobs.STATUS, Status.QUEUED.name())
                .set(Jobs.ATTEMPTS, 0)
                .set(Jobs.RUN_AT, at)
                .set(Jobs.CREATED_AT, at)
                .set(Jobs.UPDATED_AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<Job> claim(int max, Instant now, Duration lease) {
        Instant at = SqlSupport.micros(now);
        return tx.withoutTenant(() -> {
            List<UUID> ids = tx.dsl().select(Jobs.ID).from(Jobs.TABLE)
                    .where(Jobs.STATUS.in(CLAIMABLE), Jobs.RUN_AT.le(at))
                    .orderBy(Jobs.RUN_AT, Jobs.ID)
                    .limit(max)
                    .forUpdate().skipLocked()
                    .fetch(Jobs.ID);
            if (ids.isEmpty()) {
                return List.of();
            }
            return tx.dsl().update(Jobs.TABLE)
                    .set(Jobs.STATUS, Status.RUNNING.name())
                    .set(Jobs.ATTEMPTS, Jobs.ATTEMPTS.plus(1))
                    .set(Jobs.RUN_AT, SqlSupport.micros(now.plus(lease)))
                    .set(Jobs.UPDATED_AT, at)
                    .where(Jobs.ID.in(ids))
                    .returning(Jobs.ALL)
                    .fetch(JooqJobQueue::toJob)
                    .stream().sorted(java.util.Comparator.comparing(Job::createdAt).thenComparing(Job::id)).toList();
        });
    }

    @Override
    public void succeed(UUID jobId, Instant at) {
        finish(jobId, Status.SUCCEEDED, null, null, at);
    }

    @Override
    public void retry(UUID jobId, String reason, Instant retryAt, Instant at) {
        finish(jobId, Status.QUEUED, reason, retryAt, at);
    }

    @Override
    public void fail(UUID jobId, String reason, Instant at) {
        finish(jobId, Status.FAILED, reason, null, at);
    }

    private void finish(UUID jobId, Status status, String reason, Instant runAt, Instant at) {
        tx.withoutTenant(() -> {
            var update = tx.dsl().update(Jobs.TABLE)
                    .set(Jobs.STATUS, status.name())
                    .set(Jobs.UPDATED_AT, SqlSupport.micros(at));
            if (reason != null) {
                update = update.set(Jobs.LAST_ERROR, reason);
            }
            if (runAt != null) {
                update = update.set(Jobs.RUN_AT, SqlSupport.micros(runAt));
            }
            return update.where(Jobs.ID.eq(jobId)).execute();
        });
    }

    private static Job toJob(Record r) {
        UUID tenant = r.get(Jobs.TENANT_ID);
        return new Job(r.get(Jobs.ID), tenant == null ? null : new TenantId(tenant), Kind.valueOf(r.get(Jobs.KIND)),
                r.get(Jobs.IDEMPOTENCY_KEY), r.get(Jobs.PAYLOAD).data(), Status.valueOf(r.get(Jobs.STATUS)),
                r.get(Jobs.ATTEMPTS), r.get(Jobs.RUN_AT), r.get(Jobs.LAST_ERROR), r.get(Jobs.PROGRESS_DONE),
                r.get(Jobs.PROGRESS_TOTAL), r.get(Jobs.CREATED_AT), r.get(Jobs.UPDATED_AT));
    }

    /** Every job, oldest first (tests and operators). */
    public List<Job> all() {
        return tx.withoutTenant(() -> tx.dsl().select(Jobs.ALL).from(Jobs.TABLE).orderBy(Jobs.CREATED_AT, Jobs.ID)
                .fetch(JooqJobQueue::toJob));
    }

}
