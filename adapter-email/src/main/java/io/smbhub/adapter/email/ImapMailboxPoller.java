package io.smbhub.adapter.email;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCategory;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Polls one IMAP(S) mailbox for new mail and hands each new message, as raw {@code message/rfc822} bytes, to a
 * {@link Sink} — normally the inbox's {@code ReceiveEmailUseCase} (issue 5 "Inbound": IMAP polling of a configured
 * mailbox, IDLE where available; spec smb-hub-prd.md 2.1 Message, 3.4).
 *
 * <p>New mail is every message without {@code \Seen} and {@code \Deleted}. Bodies are fetched with
 * {@code BODY.PEEK[]}, so fetching alone never marks a message read. After the sink:
 * <ul>
 *   <li>returned: the message is marked {@code \Seen} and counts as handed over;</li>
 *   <li>threw a {@link DomainException} of category {@code VALIDATION} (garbage, too large, no tenant among the
 *       recipients): a poison message; it is marked {@code \Seen} and {@code \Flagged} so it is never retried,
 *       and logged — a person can look at the flagged messages in the mailbox;</li>
 *   <li>threw anything else (database down, storage failure): the message stays unseen and is handed over again on
 *       the next poll; the other messages are still processed.</li>
 * </ul>
 * The sink should be idempotent by {@code Message-ID} (the use case is): a message whose {@code \Seen} flag could
 * not be stored comes again.
 *
 * <p>{@link #run} loops until told to stop: poll, then wait for new mail with IMAP IDLE when the server offers it
 * (re-issued at least every {@code pollInterval} and before the read timeout), otherwise sleep {@code pollInterval};
 * on connection or login errors it reconnects with an exponential backoff from 1 s to 5 min. One poller is meant to
 * run on one thread; {@link #close()} may be called from any thread.
 *
 * <p>The SMTP envelope is not visible over IMAP, so the sink gets an empty list of envelope recipients; the
 * receiving server's {@code Delivered-To}/{@code X-Original-To} headers are inside the raw bytes.
 */
public final class ImapMailboxPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImapMailboxPoller.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** RFC 2177: clients should re-issue IDLE at least every 29 minutes. */
    private static final Duration MAX_IDLE = Duration.ofMinutes(25);
    private static final Duration PAUSE_SLICE = Duration.ofMillis(250);

    /** How the IMAP connection is protected: plain, required STARTTLS (usually 143) or implicit TLS (usually 993). */
    public enum Security { NONE, STARTTLS, TLS }

    /**
     * Where and how to poll: {@code host} and {@code port} of the IMAP server, {@code security}, login
     * {@code username} and {@code password}, the {@code folder} to watch (null or blank: {@code INBOX}) and
     * connection {@code options} (timeouts, trusted hosts; null: {@link MailTransportOptions#DEFAULTS}).
     * {@link #toString()} never shows the password.
     */
    public record Settings(String host, int port, Security security, String username, String password, String folder,
                           MailTransportOptions options) {

        /**
         * @throws NullPointerException     when host, security, username or password is null
         * @throws IllegalArgumentException when port is outside 1..65535
         */
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(security, "security");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1..65535");
            }
            folder = folder == null || folder.isBlank() ? "INBOX" : folder;
            options = options == null ? MailTransportOptions.DEFAULTS : options;
        }

        /** Settings for the {@code INBOX} with default timeouts and no trusted hosts. */
        public Settings(String host, int port, Security security, String username, String password) {
            this(host, port, security, username, password, null, null);
        }

        /** {@code user@host:port/folder} — no password. */
        @Override
        public String toString() {
            return username + "@" + host + ":" + port + "/" + folder + " (" + security + ")";
        }
    }

    /** Receives each new message. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param rawMime            the complete message (headers and body) as stored by the server
         * @param envelopeRecipients SMTP envelope recipients if known; always empty from IMAP
         * @throws DomainException with a {@code VALIDATION} category for a message that can never be taken in
         */
        void accept(byte[] rawMime, List<String> envelopeRecipients);
    }

    private final Settings settings;
    private final Sink sink;
    private final Object lock = new Object();
    private volatile Store store;
    private volatile IMAPFolder folder;
    private volatile boolean closed;

    /**
     * Creates a poller; nothing connects until the first {@link #pollOnce()} or {@link #run}.
     *
     * @param settings the mailbox to poll
     * @param sink     where new messages go
     */
    public ImapMailboxPoller(Settings settings, Sink sink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Hands every new message in the folder to the sink once (see the type's Javadoc for what happens after), opening
     * the connection if needed.
     *
     * @return how many messages the sink accepted
     * @throws DomainException       {@code PROVIDER_ERROR} when the mailbox cannot be reached, logged in to or read
     *                               (the connection is dropped; the next call reconnects)
     * @throws IllegalStateException after {@link #close()}
     */
    public int pollOnce() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The IMAP poller for " + settings + " is closed");
            }
            Message[] messages;
            try {
                messages = openFolder().search(new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false),
                        new FlagTerm(new Flags(Flags.Flag.DELETED), false)));
            } catch (MessagingException e) {
                throw unavailable(e);
            }
            int handedOver = 0;
            for (Message message : messages) {
                if (handOver(message)) {
                    handedOver++;
                }
            }
            if (messages.length > 0) {
                LOG.info("IMAP mailbox {}: {} of {} new messages taken in", settings, handedOver, messages.length);
            }
            return handedOver;
        }
    }

    /**
     * Polls until {@code keepRunning} answers false or the poller is closed, waiting for new mail between polls with
     * IDLE (when offered) or by sleeping {@code pollInterval}. Connection errors are logged and retried with
     * backoff; they never end the loop. Returns when the thread is interrupted.
     *
     * @param keepRunning  checked before every poll and at least every {@code pollInterval}
     * @param pollInterval longest wait between two polls (positive)
     */
    public void run(BooleanSupplier keepRunning, Duration pollInterval) {
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        ScheduledExecutorService waker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "imap-idle-waker");
            thread.setDaemon(true);
            return thread;
        });
        Duration backoff = FIRST_BACKOFF;
        try {
            while (!closed && keepRunning.getAsBoolean()) {
                try {
                    pollOnce();
                    backoff = FIRST_BACKOFF;
                    awaitNewMail(keepRunning, pollInterval, waker);
                } catch (RuntimeException e) {
                    if (closed) {
                        return;
                    }
                    if (e instanceof DomainException) {
                        LOG.warn("{}; retrying in {} s", e.getMessage(), backoff.toSeconds());
                    } else {
                        LOG.warn("IMAP mailbox {}: polling failed; retrying in {} s", settings, backoff.toSeconds(), e);
                        disconnect();
                    }
                    pause(backoff, keepRunning);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waker.shutdownNow();
        }
    }

    /** Closes the connection; a running {@link #run} loop ends, later {@link #pollOnce()} calls fail. */
    @Override
    public void close() {
        closed = true;
        disconnect();
    }

    private IMAPFolder openFolder() throws MessagingException {
        IMAPFolder current = folder;
        if (current != null && current.isOpen()) {
            return current;
        }
        disconnect();
        MailSessions.Tls tls = switch (settings.security()) {
            case NONE -> MailSessions.Tls.NONE;
            case STARTTLS -> MailSessions.Tls.STARTTLS;
            case TLS -> MailSessions.Tls.IMPLICIT;
        };
        Properties props = MailSessions.properties("imap", settings.host(), tls, settings.options());
        props.setProperty("mail.imap.peek", "true");
        Store newStore = Session.getInstance(props).getStore("imap");
        try {
            newStore.connect(settings.host(), settings.port(), settings.username(), settings.password());
            IMAPFolder newFolder = (IMAPFolder) newStore.getFolder(settings.folder());
            newFolder.open(Folder.READ_WRITE);
            store = newStore;
            folder = newFolder;
            return newFolder;
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(newStore);
            throw e;
        }
    }

    /** The sink's verdict on one message; false when it was not taken in (left unseen or set aside). */
    private boolean handOver(Message message) {
        long uid = uid(message);
        byte[] raw;
        try {
            raw = rawBytes(message);
        } catch (MessageRemovedException e) {
            return false;
        } catch (FolderClosedException | StoreClosedException e) {
            throw unavailable(e);
        } catch (MessagingException | IOException e) {
            LOG.warn("IMAP mailbox {}: could not fetch message uid {} ({}); it stays unseen for the next poll",
                    settings, uid, e.getMessage());
            return false;
        }
        try {
            sink.accept(raw, List.of());
        } catch (DomainException e) {
            if (e.code().category() != ErrorCategory.VALIDATION) {
                LOG.warn("IMAP mailbox {}: message uid {} was not taken in ({} {}); it stays unseen for the next poll",
                        settings, uid, e.code(), e.getMessage());
                return false;
            }
            LOG.warn("IMAP mailbox {}: message uid {} can never be taken in ({} {}); marked seen and flagged",
                    settings, uid, e.code(), e.getMessage());
            setFlags(message, uid, Flags.Flag.SEEN, Flags.Flag.FLAGGED);
            return false;
        } catch (RuntimeException e) {
            LOG.warn("IMAP mailbox {}: message uid {} was not taken in ({}); it stays unseen for the next poll",
                    settings, uid, e.toString(), e);
            return false;
        }
        setFlags(message, uid, Flags.Flag.SEEN);
        return true;
    }

    private static byte[] rawBytes(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return out.toByteArray();
    }

    private void setFlags(Message message, long uid, Flags.Flag... flags) {
        Flags set = new Flags();
        for (Flags.Flag flag : flags) {
            set.add(flag);
        }
        try {
            message.setFlags(set, true);
        } catch (MessagingException e) {
            LOG.warn("IMAP mailbox {}: could not flag message uid {} ({}); it will be handed over again",
                    settings, uid, e.getMessage());
        }
    }

    private long uid(Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException | RuntimeException e) {
            return -1;
        }
    }

    /** Waits for new mail: IDLE until something arrives or the window ends, else sleeps the poll interval. */
    private void awaitNewMail(BooleanSupplier keepRunning, Duration pollInterval, ScheduledExecutorService waker)
            throws InterruptedException {
        IMAPFolder current = folder;
        if (closed || !keepRunning.getAsBoolean()) {
            return;
        }
        if (current == null || !current.isOpen() || !supportsIdle()) {
            pause(pollInterval, keepRunning);
            return;
        }
        ScheduledFuture<?> wake = waker.schedule(() -> abortIdle(current), idleWindow(pollInterval).toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            current.idle(true);
        } catch (MessagingException | IllegalStateException e) {
            if (!closed) {
                LOG.debug("IMAP mailbox {}: IDLE ended ({})", settings, e.getMessage());
            }
        } finally {
            wake.cancel(false);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /** The IDLE window: the poll interval, but ending before the read timeout would drop the connection. */
    private Duration idleWindow(Duration pollInterval) {
        Duration beforeTimeout = settings.options().readTimeout().multipliedBy(4).dividedBy(5);
        Duration window = pollInterval.compareTo(beforeTimeout) < 0 ? pollInterval : beforeTimeout;
        return window.compareTo(MAX_IDLE) < 0 ? window : MAX_IDLE;
    }

    private boolean supportsIdle() {
        try {
            return store instanceof IMAPStore imap && imap.hasCapability("IDLE");
        } catch (MessagingException e) {
            return false;
        }
    }

    /** Any command on the folder from another thread ends IDLE (Jakarta Mail {@code IMAPFolder.idle}). */
    private static void abortIdle(IMAPFolder idling) {
        try {
            idling.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("Ending IMAP IDLE failed: {}", e.getMessage());
        }
    }

    private void pause(Duration duration, BooleanSupplier keepRunning) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        while (!closed && keepRunning.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, PAUSE_SLICE.toNanos()));
        }
    }

    private DomainException unavailable(Exception e) {
        disconnect();
        return new DomainException(ErrorCode.PROVIDER_ERROR, "Could not read IMAP mailbox " + settings + " ("
                + e.getMessage() + "); check the IMAP host, port, security and login");
    }

    private void disconnect() {
        IMAPFolder oldFolder = folder;
        Store oldStore = store;
        folder = null;
        store = null;
        if (oldFolder != null && oldFolder.isOpen()) {
            try {
                oldFolder.close(false);
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("Closing IMAP folder {} failed: {}", settings, e.getMessage());
            }
        }
        closeQuietly(oldStore);
    }

    private void closeQuietly(Store oldStore) {
        if (oldStore == null) {
            return;
        }
        try {
            oldStore.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("Closing IMAP connection {} failed: {}", settings, e.getMessage());
        }
    }
}
