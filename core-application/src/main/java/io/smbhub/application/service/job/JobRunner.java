package io.smbhub.application.service.job;

import io.smbhub.application.port.in.job.RunJobsUseCase;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.ErrorCategory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one job mechanism (spec smb-hub-prd.md 12.4): claims due jobs from the {@link JobQueue}, dispatches each to
 * the handler of its kind, and applies the standard retry policy — at most {@link #MAX_ATTEMPTS} attempts with
 * the {@link #BACKOFF} delays, permanent failure → FAILED with the reason. Errors that retrying cannot fix
 * ({@code VALIDATION}, {@code NOT_FOUND}, {@code FORBIDDEN} categories, and {@code EMAIL_REJECTED}: the mail server
 * refused for good) fail at once.
 */
public final class JobRunner implements RunJobsUseCase {

    /** Retries before giving up (spec 12.4 "Max retries: 8"). */
    public static final int MAX_ATTEMPTS = 8;
    /** Delay before attempt n+1 after attempt n failed (index n−1); the last entry repeats. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
            Duration.ofHours(8));
    /** How long a claimed job is leased to its worker before another may take it over (a crashed worker). */
    public static final Duration LEASE = Duration.ofMinutes(5);

    private static final System.Logger LOG = System.getLogger(JobRunner.class.getName());
    private static final Set<ErrorCategory> PERMANENT = Set.of(ErrorCategory.VALIDATION, ErrorCategory.NOT_FOUND,
            ErrorCategory.FORBIDDEN);

    private final JobQueue queue;
    private final TimeSource clock;
    private final Map<JobQueue.Kind, JobHandler> handlers = new EnumMap<>(JobQueue.Kind.class);

    public JobRunner(JobQueue queue, TimeSource clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /** Registers the handler of {@code kind}; one per kind. */
    public JobRunner register(JobQueue.Kind kind, JobHandler handler) {
        if (handlers.putIfAbsent(kind, handler) != null) {
            throw new IllegalStateException("A handler for " + kind + " is already registered");
        }
        return this;
    }

    @Override
    public int runDueJobs(int max) {
        List<JobQueue.Job> jobs = queue.claim(max, clock.now(), LEASE);
        for (JobQueue.Job job : jobs) {
            run(job);
        }
        return jobs.size();
    }

    private void run(JobQueue.Job job) {
        JobHandler handler = handlers.get(job.kind());
        if (handler == null) {
            queue.fail(job.id(), "No handler for job kind " + job.kind() + " on this server", clock.now());
            return;
        }
        try {
            handler.handle(job);
            queue.succeed(job.id(), clock.now());
        } catch (RuntimeException e) {
            String reason = describe(e);
            boolean permanent = e instanceof DomainException d
                    && (PERMANENT.contains(d.code().category()) || d.code() == ErrorCode.EMAIL_REJECTED);
            if (permanent || job.attempts() >= MAX_ATTEMPTS) {
                LOG.log(System.Logger.Level.WARNING, "Job " + job.kind() + " " + job.idempotencyKey() + " failed for good after "
                        + job.attempts() + " attempt(s): " + reason, e);
                queue.fail(job.id(), reason, clock.now());
                handler.gaveUp(job, reason);
            } else {
                LOG.log(System.Logger.Level.INFO, "Job " + job.kind() + " " + job.idempotencyKey() + " failed (attempt "
                        + job.attempts() + "), retrying: " + reason);
                queue.retry(job.id(), reason, clock.now().plus(backoff(job.attempts())), clock.now());
            }
        }
    }

    /** The delay after failed attempt {@code attempt} (1-based). */
    public static Duration backoff(int attempt) {
        return BACKOFF.get(Math.min(Math.max(attempt, 1), BACKOFF.size()) - 1);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
