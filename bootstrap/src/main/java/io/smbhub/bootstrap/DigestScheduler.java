package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.smbhub.application.CoreServices;
import io.smbhub.application.port.out.TimeSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enqueues the daily CEO digest of every tenant whose local time has passed 05:00 (issue 6; enterprise-business-os.md
 * feature 1), checking every {@code smbhub.digest.interval} (default 15 minutes). Every app instance runs it; the
 * digest jobs are keyed by (tenant, day), so concurrent instances never build or email a digest twice. Off with
 * {@code smbhub.jobs.enabled=false}.
 */
@Singleton
@Requires(property = "smbhub.jobs.enabled", notEquals = "false")
public class DigestScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);

    private final CoreServices core;
    private final TimeSource clock;

    public DigestScheduler(CoreServices core, TimeSource clock) {
        this.core = core;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${smbhub.digest.interval:15m}", initialDelay = "45s")
    void schedule() {
        try {
            int due = core.digests().scheduleDue(clock.now());
            if (due > 0) {
                LOG.info("CEO digests enqueued: {}", due);
            }
        } catch (RuntimeException e) {
            LOG.warn("Digest scheduling failed; retrying at the next run", e);
        }
    }
}
