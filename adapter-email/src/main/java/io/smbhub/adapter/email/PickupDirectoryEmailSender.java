package io.smbhub.adapter.email;

import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;

/**
 * {@link EmailSender} that writes each email as an RFC 5322 {@code .eml} file into a pickup directory, the way
 * IIS/Exchange-style pickup folders and mail relays consume them (issue 5: the default when no SMTP server is
 * configured; spec smb-hub-prd.md 2.1 Message, 3.5). The message is the one {@link SmtpEmailSender} would send
 * (built by {@link MimeEmails}). Each file appears atomically (written under a temporary name, then moved), so a
 * reader never sees half a message; it is named {@code <epoch millis>-<reference or "email">-<hash of the
 * Message-ID>.eml}.
 *
 * <p>The {@code server} argument of {@link #send} is ignored: this sender is the no-SMTP default.
 *
 * <p>Errors: {@code PROVIDER_ERROR} when the directory cannot be written (nothing is left behind);
 * {@code EMAIL_REJECTED} when the email cannot be built (invalid address or message id).
 */
public final class PickupDirectoryEmailSender implements EmailSender {

    private final Path directory;
    private final InternetAddress defaultFrom;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param directory where {@code .eml} files are written; created on first send if missing
     * @param mailFrom  the sender used when an email has no From address ({@code MAIL_FROM}): {@code Name <address>}
     *                  or a bare address
     * @param clock     source of the {@code Date} header and the file-name timestamp
     * @throws IllegalArgumentException when {@code mailFrom} is not an email address
     */
    public PickupDirectoryEmailSender(Path directory, String mailFrom, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            this.defaultFrom = new InternetAddress(Objects.requireNonNull(mailFrom, "mailFrom").trim(), true);
            this.defaultFrom.validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("MAIL_FROM '" + mailFrom + "' is not an email address: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code email} as one {@code .eml} file.
     *
     * @param server ignored
     * @return {@code email.messageId()}
     * @throws DomainException {@code PROVIDER_ERROR} (directory not writable) or {@code EMAIL_REJECTED} (invalid email)
     */
    @Override
    public String send(OutgoingEmail email, SmtpServer server) {
        MimeMessage mime = MimeEmails.build(session, email, defaultFrom, clock.instant());
        String reference = email.reference() == null ? "email" : email.reference().replaceAll("[^A-Za-z0-9._-]", "_");
        String base = clock.millis() + "-" + reference + "-" + Integer.toHexString(email.messageId().hashCode());
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "." + base, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                mime.writeTo(out);
            }
            move(temp, directory.resolve(base + ".eml"));
            return email.messageId();
        } catch (MessagingException | IOException e) {
            deleteQuietly(temp);
            throw new DomainException(ErrorCode.PROVIDER_ERROR, "Could not write the " + MimeEmails.describe(email)
                    + " to the pickup directory " + directory + " (" + e.getMessage() + "); check that it is writable");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temporary file is hidden (leading dot) and harmless; the error above is what matters
        }
    }
}
