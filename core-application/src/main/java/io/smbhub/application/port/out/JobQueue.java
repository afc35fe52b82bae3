package io.smbhub.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The durable background job queue (spec smb-hub-prd.md 12.4): jobs survive restarts and several app
 * instances claim them safely (a claimed job is leased to one worker until it finishes or the lease runs out).
 * Every job has a deterministic idempotency key: enqueueing the same (kind, key) twice keeps one job.
 */
public interface JobQueue {

    /** Job kinds of spec 12.4. */
    enum Kind { WEBHOOK_PROCESS, EMAIL_SEND, AR_REMINDER_SEND, AI_PARSE, AI_DIGEST, EXPORT_BUILD }

    /** QUEUED (waiting, also between retries), RUNNING (leased), SUCCEEDED, FAILED (permanently, with reason). */
    enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /**
     * Adds a job in the caller's transaction (it commits or rolls back with the change that caused it), due at
     * {@code runAt} (UTC). {@code payload} is JSON text. Returns false, changing nothing, when a job with this
     * kind and key already exists.
     */
    boolean enqueue(Kind kind, String idempotencyKey, String payload, Instant runAt);

    /**
     * Like {@link #enqueue} for a job done on behalf of {@code tenant} (shown to it by {@link #find}); returns the id
     * of the new job, or of the existing job with this kind and key.
     */
    UUID enqueueFor(io.smbhub.domain.shared.TenantId tenant, Kind kind, String idempotencyKey, String payload, Instant runAt);

    /** The job with {@code jobId} if it belongs to {@code tenant} (jobs of another tenant or of none are not found). */
    java.util.Optional<Job> find(io.smbhub.domain.shared.TenantId tenant, UUID jobId);

    /** Records the progress of a running long job: {@code done} of {@code total} units (e.g. invoices evaluated). */
    void progress(UUID jobId, int done, int total, Instant at);

    /**
     * Claims up to {@code max} due jobs (QUEUED with {@code runAt ≤ now}, or RUNNING whose lease expired),
     * skipping jobs other workers hold: each becomes RUNNING, leased until {@code now + lease}, attempts + 1.
     * Runs in its own transaction.
     */
    List<Job> claim(int max, Instant now, Duration lease);

    /** Marks a claimed job SUCCEEDED. */
    void succeed(UUID jobId, Instant at);

    /** Puts a claimed job back to QUEUED, due at {@code retryAt}, keeping {@code reason} as its last error. */
    void retry(UUID jobId, String reason, Instant retryAt, Instant at);

    /** Marks a claimed job FAILED for good with {@code reason}. */
    void fail(UUID jobId, String reason, Instant at);

    /**
     * A job: {@code tenantId} is null for platform jobs (e.g. a webhook whose tenant is known only after reading it);
     * attempts counts claims so far (1 on the first run); {@code progressDone}/{@code progressTotal} are 0 until a
     * long job reports progress.
     */
    record Job(UUID id, io.smbhub.domain.shared.TenantId tenantId, Kind kind, String idempotencyKey, String payload,
               Status status, int attempts, Instant runAt, String lastError, int progressDone, int progressTotal,
               Instant createdAt, Instant updatedAt) {
    }
}
