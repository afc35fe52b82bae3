package io.smbhub.adapter.email;

import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;
import java.util.Properties;

/**
 * {@link EmailSender} over SMTP with Angus Mail (issue 5 "Outbound"; spec smb-hub-prd.md 2.1 Message, 3.5;
 * enterprise-business-os.md feature 17 "Custom SMTP"). Each call opens one connection, sends one message built by
 * {@link MimeEmails} and closes the connection.
 *
 * <p>Server: the {@code server} argument (a tenant's white-label SMTP) or, when it is null, the platform default
 * given to the constructor ({@code SMTP_HOST} …). Security {@code NONE} is plain SMTP, {@code STARTTLS} requires
 * the upgrade, {@code TLS} is implicit TLS; certificates and the server identity are verified unless the host is in
 * {@link MailTransportOptions#trustedHosts()}. The server authenticates when it has a username.
 *
 * <p>Sender: the email's From address; when that is null, the server's {@code fromAddress}, else the platform
 * {@code MAIL_FROM}. The email's From name is the display name (falling back to the name in {@code MAIL_FROM}).
 *
 * <p>Errors (messages name the server as {@code host:port}, never the password):
 * <ul>
 *   <li>{@code EMAIL_REJECTED}: authentication failed, the server answered 5xx to the sender, a recipient or the
 *       data, or the email cannot be built (invalid address) — do not retry.</li>
 *   <li>{@code PROVIDER_ERROR}: no server configured at all, connection refused or timed out, TLS failure, 4xx
 *       answers — may pass later.</li>
 * </ul>
 */
public final class SmtpEmailSender implements EmailSender {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpEmailSender.class);

    private final SmtpServer defaultServer;
    private final InternetAddress defaultFrom;
    private final Clock clock;
    private final MailTransportOptions options;

    /**
     * A sender with {@link MailTransportOptions#DEFAULTS} (10 s connect, 30 s read/write, no trusted hosts).
     *
     * @param defaultServer the platform SMTP server, or null when none is configured (then only calls with a
     *                      {@code server} can send)
     * @param mailFrom      the platform sender ({@code MAIL_FROM}): {@code Name <address>} or a bare address
     * @param clock         source of the {@code Date} header
     * @throws IllegalArgumentException when {@code mailFrom} is not an email address
     */
    public SmtpEmailSender(SmtpServer defaultServer, String mailFrom, Clock clock) {
        this(defaultServer, mailFrom, clock, MailTransportOptions.DEFAULTS);
    }

    /**
     * @param defaultServer the platform SMTP server, or null when none is configured
     * @param mailFrom      the platform sender ({@code MAIL_FROM}): {@code Name <address>} or a bare address
     * @param clock         source of the {@code Date} header
     * @param options       timeouts and trusted hosts
     * @throws IllegalArgumentException when {@code mailFrom} is not an email address
     */
    public SmtpEmailSender(SmtpServer defaultServer, String mailFrom, Clock clock, MailTransportOptions options) {
        this.defaultServer = defaultServer;
        this.defaultFrom = parseAddress(Objects.requireNonNull(mailFrom, "mailFrom"), "MAIL_FROM");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Sends {@code email} through {@code server}, or the platform default server when it is null.
     *
     * @return {@code email.messageId()}, the {@code Message-ID} sent (without angle brackets)
     * @throws DomainException {@code EMAIL_REJECTED} or {@code PROVIDER_ERROR}, see the type's Javadoc
     */
    @Override
    public String send(OutgoingEmail email, SmtpServer server) {
        SmtpServer target = server != null ? server : defaultServer;
        if (target == null) {
            throw new DomainException(ErrorCode.PROVIDER_ERROR, "No SMTP server configured: the " + MimeEmails.describe(email)
                    + " was not sent; set SMTP_HOST (or the tenant's own SMTP server) and retry");
        }
        String where = target.host() + ":" + target.port();
        InternetAddress sender = defaultFrom;
        if (target.fromAddress() != null) {
            try {
                sender = parseAddress(target.fromAddress(), "The from address of SMTP server " + where);
            } catch (IllegalArgumentException e) {
                throw new DomainException(ErrorCode.EMAIL_REJECTED, e.getMessage() + "; the "
                        + MimeEmails.describe(email) + " was not sent; correct the SMTP settings");
            }
        }
        Session session = Session.getInstance(properties(target));
        MimeMessage message = MimeEmails.build(session, email, sender, clock.instant());
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            transport.connect(target.host(), target.port(), target.username(), target.password());
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw translate(e, email, where);
        } finally {
            closeQuietly(transport, where);
        }
        LOG.info("Sent {} through SMTP server {}", MimeEmails.describe(email), where);
        return email.messageId();
    }

    /** Closing after an accepted message must not turn the send into a failure (that would send it twice). */
    private static void closeQuietly(Transport transport, String where) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the connection to SMTP server {} failed: {}", where, e.getMessage());
        }
    }

    private Properties properties(SmtpServer server) {
        MailSessions.Tls tls = switch (server.security()) {
            case NONE -> MailSessions.Tls.NONE;
            case STARTTLS -> MailSessions.Tls.STARTTLS;
            case TLS -> MailSessions.Tls.IMPLICIT;
        };
        Properties props = MailSessions.properties("smtp", server.host(), tls, options);
        props.setProperty("mail.smtp.auth", Boolean.toString(server.username() != null));
        return props;
    }

    /** Maps a Jakarta Mail failure to {@code EMAIL_REJECTED} (permanent) or {@code PROVIDER_ERROR} (may pass later). */
    static DomainException translate(MessagingException e, OutgoingEmail email, String where) {
        String what = "SMTP server " + where;
        if (e instanceof AuthenticationFailedException) {
            return new DomainException(ErrorCode.EMAIL_REJECTED, what + " refused the login for the "
                    + MimeEmails.describe(email) + " (" + oneLine(e.getMessage())
                    + "); check the SMTP username and password");
        }
        int code = returnCode(e);
        if (code >= 500 || (code < 0 && e instanceof SendFailedException failed && hasInvalidAddresses(failed))) {
            return new DomainException(ErrorCode.EMAIL_REJECTED, what + " refused the " + MimeEmails.describe(email)
                    + " for good (" + oneLine(e.getMessage()) + "); check the sender and recipient addresses");
        }
        return new DomainException(ErrorCode.PROVIDER_ERROR, "Could not send the " + MimeEmails.describe(email)
                + " through " + what + " (" + oneLine(describe(e)) + "); it will be retried");
    }

    /** The SMTP reply code carried by {@code e} or the first exception chained to it, or -1. */
    private static int returnCode(MessagingException e) {
        Exception current = e;
        while (current != null) {
            if (current instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0) {
                return failed.getReturnCode();
            }
            if (current instanceof SMTPAddressFailedException failed && failed.getReturnCode() > 0) {
                return failed.getReturnCode();
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return -1;
    }

    private static boolean hasInvalidAddresses(SendFailedException e) {
        return e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
    }

    private static String describe(MessagingException e) {
        Exception cause = e.getNextException();
        return cause == null || cause.getMessage() == null ? String.valueOf(e.getMessage())
                : e.getMessage() + ": " + cause.getMessage();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private static InternetAddress parseAddress(String value, String what) {
        try {
            InternetAddress address = new InternetAddress(value.trim(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException(what + " '" + value + "' is not an email address: " + e.getMessage(), e);
        }
    }
}
