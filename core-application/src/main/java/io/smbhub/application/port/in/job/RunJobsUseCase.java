package io.smbhub.application.port.in.job;

/**
 * Runs due background jobs (spec smb-hub-prd.md 12.4): called by the worker loop of each app instance, and by
 * tests. Each job runs its handler; success marks it SUCCEEDED, a failure is retried with exponential backoff
 * (30 s, 2 min, 5 min, 15 min, 1 h, 2 h, 4 h, 8 h) up to 8 attempts, then marked FAILED with the reason; a
 * failure that cannot improve by retrying (validation, not found) fails at once.
 */
public interface RunJobsUseCase {

    /** Claims and runs up to {@code max} due jobs one after the other; returns how many ran. */
    int runDueJobs(int max);
}
