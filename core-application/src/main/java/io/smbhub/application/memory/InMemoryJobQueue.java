package io.smbhub.application.memory;

import io.smbhub.application.port.out.JobQueue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link JobQueue} in memory: enqueue takes part in the transaction, claims are serialised by this object's
 * lock; a RUNNING job's lease is its {@code runAt}.
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
        return jobs.putIfAbsent(new Key(kind, idempotencyKey), new Job(UUID.nameUUIDFromBytes(
                (kind + "/" + idempotencyKey).getBytes(java.nio.charset.StandardCharsets.UTF_8)), kind, idempotencyKey,
                payload, Status.QUEUED, 0, runAt, null, runAt, runAt));
    }

    @Override
    public synchronized List<Job> claim(int max, Instant now, Duration lease) {
        List<Job> due = new ArrayList<>(jobs.where(j -> (j.status() == Status.QUEUED || j.status() == Status.RUNNING)
                && !j.runAt().isAfter(now)));
        due.sort(Comparator.comparing(Job::runAt).thenComparing(Job::id));
        List<Job> claimed = new ArrayList<>();
        for (Job job : due.subList(0, Math.min(max, due.size()))) {
            Job running = new Job(job.id(), job.kind(), job.idempotencyKey(), job.payload(), Status.RUNNING,
                    job.attempts() + 1, now.plus(lease), job.lastError(), job.createdAt(), now);
            jobs.put(new Key(job.kind(), job.idempotencyKey()), running);
            claimed.add(running);
        }
        return claimed;
    }

    @Override
    public void succeed(UUID jobId, Instant at) {
        update(jobId, j -> new Job(j.id(), j.kind(), j.idempotencyKey(), j.payload(), Status.SUCCEEDED, j.attempts(),
                j.runAt(), j.lastError(), j.createdAt(), at));
    }

    @Override
    public void retry(UUID jobId, String reason, Instant retryAt, Instant at) {
        update(jobId, j -> new Job(j.id(), j.kind(), j.idempotencyKey(), j.payload(), Status.QUEUED, j.attempts(),
                retryAt, reason, j.createdAt(), at));
    }

    @Override
    public void fail(UUID jobId, String reason, Instant at) {
        update(jobId, j -> new Job(j.id(), j.kind(), j.idempotencyKey(), j.payload(), Status.FAILED, j.attempts(),
                j.runAt(), reason, j.createdAt(), at));
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
