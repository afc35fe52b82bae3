package io.smbhub.application.memory;

import io.smbhub.application.port.out.JobQueue;
import io.smbhub.domain.shared.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link JobQueue} in memory: enqueue takes part in the transaction, claims are serialised by this object's
 * lock; a RUNNING job's lease is its {@code runAt}. A job's id follows from its (kind, key), as in the PostgreSQL
 * adapter.
 */
public final class InMemoryJobQueue implements JobQueue {

    private record Key(Kind kind, String key) {
    }

    private final InMemoryMap<Key, Job> jobs;

    public InMemoryJobQueue(InMemoryTransactionRunner tx) {
        jobs = new InMemoryMap<>(tx);
    }

    @Override
    public boolean enqueue(Kind kind, String idempotencyKey, String payload, Instant runAt) {
        return jobs.putIfAbsent(new Key(kind, idempotencyKey), newJob(null, kind, idempotencyKey, payload, runAt));
    }

    @Override
    public synchronized UUID enqueueFor(TenantId tenant, Kind kind, String idempotencyKey, String payload, Instant runAt) {
        Key key = new Key(kind, idempotencyKey);
        jobs.putIfAbsent(key, newJob(java.util.Objects.requireNonNull(tenant, "tenant"), kind, idempotencyKey, payload,
                runAt));
        return jobs.get(key).orElseThrow().id();
    }

    @Override
    public Optional<Job> find(TenantId tenant, UUID jobId) {
        return jobs.where(j -> j.id().equals(jobId) && tenant.equals(j.tenantId())).stream().findFirst();
    }

    @Override
    public void progress(UUID jobId, int done, int total, Instant at) {
        update(jobId, j -> with(j, j.status(), j.attempts(), j.runAt(), j.lastError(), done, total, at));
    }

    private static Job newJob(TenantId tenant, Kind kind, String idempotencyKey, String payload, Instant runAt) {
        UUID id = UUID.nameUUIDFromBytes((kind + "/" + idempotencyKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Job(id, tenant, kind, idempotencyKey, payload, Status.QUEUED, 0, runAt, null, 0, 0, runAt, runAt);
    }

    private static Job with(Job j, Status status, int attempts, Instant runAt, String lastError, int done, int total,
                            Instant at) {
        return new Job(j.id(), j.tenantId(), j.kind(), j.idempotencyKey(), j.payload(), status, attempts, runAt, lastError,
                done, total, j.createdAt(), at);
    }

    @Override
    public synchronized List<Job> claim(int max, Instant now, Duration lease) {
        List<Job> due = new ArrayList<>(jobs.where(j -> (j.status() == Status.QUEUED || j.status() == Status.RUNNING)
                && !j.runAt().isAfter(now)));
        due.sort(Comparator.comparing(Job::runAt).thenComparing(Job::id, InMemoryTable.UNSIGNED));
        List<Job> claimed = new ArrayList<>();
        for (Job job : due.subList(0, Math.min(max, due.size()))) {
            Job running = with(job, Status.RUNNING, job.attempts() + 1, now.plus(lease), job.lastError(),
                    job.progressDone(), job.progressTotal(), now);
            jobs.put(new Key(job.kind(), job.idempotencyKey()), running);
            claimed.add(running);
        }
        return claimed;
    }

    @Override
    public void succeed(UUID jobId, Instant at) {
        update(jobId, j -> with(j, Status.SUCCEEDED, j.attempts(), j.runAt(), j.lastError(), j.progressDone(),
                j.progressTotal(), at));
    }

    @Override
    public void retry(UUID jobId, String reason, Instant retryAt, Instant at) {
        update(jobId, j -> with(j, Status.QUEUED, j.attempts(), retryAt, reason, j.progressDone(), j.progressTotal(), at));
    }

    @Override
    public void fail(UUID jobId, String reason, Instant at) {
        update(jobId, j -> with(j, Status.FAILED, j.attempts(), j.runAt(), reason, j.progressDone(), j.progressTotal(), at));
    }

    /** All jobs, for tests. */
    public List<Job> all() {
        return jobs.where(j -> true);
    }

    private synchronized void update(UUID id, java.util.function.UnaryOperator<Job> change) {
        Optional<Job> job = jobs.where(j -> j.id().equals(id)).stream().findFirst();
        job.ifPresent(j -> jobs.put(new Key(j.kind(), j.idempotencyKey()), change.apply(j)));
    }
}
