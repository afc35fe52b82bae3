package io.smbhub.adapter.email;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.smbhub.adapter.email.EmailFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImapMailboxPollerTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {ServerSetupTest.IMAP.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("inbox@in.smbhub.example", "inbox", "pw"));

    private final MimeInboundMailParser parser = new MimeInboundMailParser();
    private final List<ImapMailboxPoller> pollers = new ArrayList<>();

    @AfterEach
    void closePollers() {
        pollers.forEach(ImapMailboxPoller::close);
    }

    private ImapMailboxPoller poller(ImapMailboxPoller.Sink sink) {
        return poller("pw", sink);
    }

    private ImapMailboxPoller poller(String password, ImapMailboxPoller.Sink sink) {
        ImapMailboxPoller poller = new ImapMailboxPoller(new ImapMailboxPoller.Settings(MAIL.getImap().getBindTo(),
                MAIL.getImap().getPort(), ImapMailboxPoller.Security.NONE, "inbox", password), sink);
        pollers.add(poller);
        return poller;
    }

    private static void deliver(String messageId) throws Exception {
        GreenMailUser user = MAIL.getUserManager().getUser("inbox");
        MimeMessage mime = MimeEmails.build(Session.getInstance(new Properties()),
                EmailFixtures.plainEmail(messageId, "inbox@in.smbhub.example"),
                new InternetAddress("Customer <customer@example.org>"), CLOCK.instant());
        user.deliver(mime);
    }

    /** The flags of every message in the mailbox, read over a separate IMAP connection. */
    private static List<Flags> flags() throws Exception {
        Store store = MAIL.getImap().createStore();
        store.connect("inbox", "pw");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Flags> flags = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                flags.add(message.getFlags());
            }
            inbox.close(false);
            return flags;
        } finally {
            store.close();
        }
    }

    @Test
    @DisplayName("new messages are handed over once as complete raw MIME and marked seen")
    void handsOverNewMessagesOnce() throws Exception {
        deliver("imap-1@example.org");
        deliver("imap-2@example.org");
        List<InboundEmail> received = new CopyOnWriteArrayList<>();
        List<List<String>> envelopes = new CopyOnWriteArrayList<>();
        ImapMailboxPoller poller = poller((raw, envelope) -> {
            received.add(parser.parse(raw));
            envelopes.add(envelope);
        });

        assertThat(poller.pollOnce()).isEqualTo(2);

        assertThat(received).extracting(InboundEmail::messageId).containsExactly("imap-1@example.org", "imap-2@example.org");
        assertThat(received).extracting(email -> email.text().replace("\r\n", "\n"))
                .containsExactly("Body of imap-1@example.org\n", "Body of imap-2@example.org\n");
        assertThat(envelopes).containsOnly(List.of());
        assertThat(flags()).allSatisfy(f -> {
            assertThat(f.contains(Flags.Flag.SEEN)).isTrue();
            assertThat(f.contains(Flags.Flag.FLAGGED)).isFalse();
        });
        assertThat(poller.pollOnce()).isZero();
        assertThat(received).hasSize(2);
    }

    @Test
    @DisplayName("a sink failure that may pass leaves the message unseen for the next poll; the others go through")
    void transientFailureIsRetried() throws Exception {
        deliver("retry-1@example.org");
        deliver("retry-2@example.org");
        AtomicBoolean storageDown = new AtomicBoolean(true);
        List<String> accepted = new CopyOnWriteArrayList<>();
        ImapMailboxPoller poller = poller((raw, envelope) -> {
            String id = parser.parse(raw).messageId();
            if (storageDown.get() && id.equals("retry-1@example.org")) {
                throw new DomainException(ErrorCode.PROVIDER_ERROR, "file storage is down");
            }
            accepted.add(id);
        });

        assertThat(poller.pollOnce()).isEqualTo(1);
        assertThat(accepted).containsExactly("retry-2@example.org");
        assertThat(flags()).extracting(f -> f.contains(Flags.Flag.SEEN)).containsExactly(false, true);

        storageDown.set(false);
        assertThat(poller.pollOnce()).isEqualTo(1);
        assertThat(accepted).containsExactly("retry-2@example.org", "retry-1@example.org");
        assertThat(poller.pollOnce()).isZero();
    }

    @Test
    @DisplayName("a poison message (VALIDATION error) is marked seen and flagged and never handed over again")
    void poisonMessageIsSetAside() throws Exception {
        deliver("poison-1@example.org");
        List<String> attempts = new CopyOnWriteArrayList<>();
        ImapMailboxPoller poller = poller((raw, envelope) -> {
            attempts.add(parser.parse(raw).messageId());
            throw DomainException.invalid("recipient", "No tenant inbound address among the recipients");
        });

        assertThat(poller.pollOnce()).isZero();
        assertThat(flags()).singleElement().satisfies(f -> {
            assertThat(f.contains(Flags.Flag.SEEN)).isTrue();
            assertThat(f.contains(Flags.Flag.FLAGGED)).isTrue();
        });
        assertThat(poller.pollOnce()).isZero();
        assertThat(attempts).containsExactly("poison-1@example.org");
    }

    @Test
    @DisplayName("a wrong IMAP password is a PROVIDER_ERROR that names the mailbox but not the password")
    void wrongPassword() {
        ImapMailboxPoller poller = poller("not-the-pw", (raw, envelope) -> { });

        assertThatThrownBy(poller::pollOnce).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
            assertThat(e.getMessage()).contains("inbox@" + MAIL.getImap().getBindTo() + ":" + MAIL.getImap().getPort())
                    .doesNotContain("not-the-pw");
        });
    }

    @Test
    @DisplayName("run() picks up mail delivered while it waits (IMAP IDLE) long before the poll interval")
    void runWakesUpOnNewMail() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        ImapMailboxPoller poller = poller((raw, envelope) -> received.add(parser.parse(raw).messageId()));
        AtomicBoolean keepRunning = new AtomicBoolean(true);
        Thread loop = new Thread(() -> poller.run(keepRunning::get, Duration.ofMinutes(10)), "imap-poller-test");
        loop.start();
        try {
            TimeUnit.MILLISECONDS.sleep(500);
            deliver("idle-1@example.org");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            assertThat(received).containsExactly("idle-1@example.org");
        } finally {
            keepRunning.set(false);
            poller.close();
            loop.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(loop.isAlive()).isFalse();
    }

    @Test
    @DisplayName("run() survives login failures and reconnects with backoff once the login works")
    void runReconnectsAfterErrors() throws Exception {
        deliver("late-1@example.org");
        List<String> received = new CopyOnWriteArrayList<>();
        ImapMailboxPoller poller = poller("rotated-pw", (raw, envelope) -> received.add(parser.parse(raw).messageId()));
        AtomicBoolean keepRunning = new AtomicBoolean(true);
        Thread loop = new Thread(() -> poller.run(keepRunning::get, Duration.ofMillis(200)), "imap-poller-test");
        loop.start();
        try {
            TimeUnit.MILLISECONDS.sleep(500);
            assertThat(received).isEmpty();
            assertThat(loop.isAlive()).isTrue();

            MAIL.getUserManager().getUser("inbox").setPassword("rotated-pw");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            assertThat(received).containsExactly("late-1@example.org");
        } finally {
            keepRunning.set(false);
            loop.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(loop.isAlive()).isFalse();
    }

    @Test
    @DisplayName("run() returns within the poll interval once keepRunning answers false")
    void runStopsWhenToldTo() throws Exception {
        AtomicBoolean keepRunning = new AtomicBoolean(true);
        ImapMailboxPoller poller = poller((raw, envelope) -> { });
        Thread loop = new Thread(() -> poller.run(keepRunning::get, Duration.ofMillis(300)), "imap-poller-test");
        loop.start();
        TimeUnit.MILLISECONDS.sleep(500);

        keepRunning.set(false);
        loop.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(loop.isAlive()).isFalse();
    }
}
