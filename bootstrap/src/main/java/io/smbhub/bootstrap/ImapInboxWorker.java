package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.smbhub.adapter.email.ImapMailboxPoller;
import io.smbhub.application.CoreServices;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Polls the configured IMAP mailbox (issue 5 "IMAP polling of a configured mailbox, IDLE where available") on its own
 * thread and hands every new message to the core's inbound use case, which routes it to the tenant by its plus-address.
 * Runs only when {@code IMAP_HOST} is set. Several instances may poll the same mailbox: a message is de-duplicated by
 * its {@code Message-ID} per tenant.
 */
@Context
public class ImapInboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ImapInboxWorker.class);

    private final ImapMailboxPoller poller;
    private final Thread thread;
    private volatile boolean running = true;

    public ImapInboxWorker(MailConfiguration mail, CoreServices core,
                           @Value("${smbhub.mail.imap-poll-interval:60s}") Duration interval) {
        ImapMailboxPoller.Settings settings = mail.imap();
        if (settings == null) {
            poller = null;
            thread = null;
            return;
        }
        poller = new ImapMailboxPoller(settings, (raw, recipients) -> core.receiveEmail().receive(raw, recipients));
        thread = new Thread(() -> poller.run(() -> running, interval), "imap-inbox");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Polling IMAP mailbox {} for inbound email", settings);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (poller != null) {
            poller.close();
            thread.join(5_000);
        }
    }
}
