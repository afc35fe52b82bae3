package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.smbhub.application.CoreServices;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each app instance's background worker (spec smb-hub-prd.md 12.4): every {@code smbhub.jobs.poll-interval}
 * (default 1 s) it runs due jobs in batches until none are due. Instances share the queue safely (jobs are claimed
 * with SKIP LOCKED). Off with {@code smbhub.jobs.enabled=false} (then no job runs on this instance).
 */
@Singleton
@Requires(property = "smbhub.jobs.enabled", notEquals = "false")
public class JobWorker {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);
    private static final int BATCH = 20;

    private final CoreServices core;

    public JobWorker(CoreServices core) {
        this.core = core;
    }

    @Scheduled(fixedDelay = "${smbhub.jobs.poll-interval:1s}", initialDelay = "2s")
    void poll() {
        try {
            int ran;
            do {
                ran = core.jobs().runDueJobs(BATCH);
            } while (ran == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Job worker poll failed; retrying on the next poll", e);
        }
    }
}
