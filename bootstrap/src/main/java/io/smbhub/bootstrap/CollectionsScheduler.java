package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.smbhub.application.CoreServices;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates due AR reminders every {@code smbhub.collections.interval} (default 5 minutes; issue 5 "A scheduler evaluates
 * due reminders every few minutes"). Every app instance runs it; the reminder jobs it enqueues are keyed by
 * (invoice, stage), so concurrent instances never send a stage twice. Off with {@code smbhub.jobs.enabled=false}.
 */
@Singleton
@Requires(property = "smbhub.jobs.enabled", notEquals = "false")
public class CollectionsScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionsScheduler.class);

    private final CoreServices core;

    public CollectionsScheduler(CoreServices core) {
        this.core = core;
    }

    @Scheduled(fixedDelay = "${smbhub.collections.interval:5m}", initialDelay = "30s")
    void evaluate() {
        try {
            int due = core.collections().evaluateDueReminders();
            if (due > 0) {
                LOG.info("AR reminders due: {}", due);
            }
        } catch (RuntimeException e) {
            LOG.warn("AR reminder evaluation failed; retrying at the next run", e);
        }
    }
}
