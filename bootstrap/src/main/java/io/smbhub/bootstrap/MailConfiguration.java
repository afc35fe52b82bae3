package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.smbhub.adapter.email.ImapMailboxPoller;
import io.smbhub.adapter.email.MailTransportOptions;
import io.smbhub.application.port.out.SmtpServer;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Email configuration of this deployment (issue 5; README "Email"). Environment variables (Micronaut maps
 * {@code SMTP_HOST} to {@code smtp.host}, and so on):
 * <ul>
 *   <li>Outbound: {@code SMTP_HOST} (unset → emails are written as .eml files to {@code smbhub.mail.pickup-directory}),
 *       {@code SMTP_PORT} (587), {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code SMTP_TLS} ({@code STARTTLS},
 *       {@code TLS} or {@code NONE}), {@code MAIL_FROM} (the platform sender address).</li>
 *   <li>Inbound: {@code INBOUND_EMAIL_ADDRESS} (the inbound mailbox; tenants get its plus-addresses),
 *       {@code INBOUND_EMAIL_SECRET} (bearer token of {@code POST /v1/inbound/email}), and optional IMAP polling of that
 *       mailbox: {@code IMAP_HOST}, {@code IMAP_PORT} (993), {@code IMAP_USERNAME}, {@code IMAP_PASSWORD},
 *       {@code IMAP_TLS} ({@code TLS}, {@code STARTTLS} or {@code NONE}), {@code IMAP_FOLDER} (INBOX).</li>
 *   <li>{@code SMBHUB_MAIL_TRUSTED_HOSTS}: comma-separated hosts whose self-signed certificates are accepted (tests and
 *       in-house servers only).</li>
 * </ul>
 */
@Singleton
public class MailConfiguration {

    private final String smtpHost;
    private final int smtpPort;
    private final String smtpUsername;
    private final String smtpPassword;
    private final String smtpTls;
    private final String mailFrom;
    private final String inboundAddress;
    private final String imapHost;
    private final int imapPort;
    private final String imapUsername;
    private final String imapPassword;
    private final String imapTls;
    private final String imapFolder;
    private final Set<String> trustedHosts;

    public MailConfiguration(@Nullable @Value("${smtp.host:}") String smtpHost,
                             @Value("${smtp.port:587}") int smtpPort,
                             @Nullable @Value("${smtp.username:}") String smtpUsername,
                             @Nullable @Value("${smtp.password:}") String smtpPassword,
                             @Value("${smtp.tls:STARTTLS}") String smtpTls,
                             @Value("${smbhub.mail.from}") String mailFrom,
                             @Value("${smbhub.mail.inbound-address}") String inboundAddress,
                             @Nullable @Value("${imap.host:}") String imapHost,
                             @Value("${imap.port:993}") int imapPort,
                             @Nullable @Value("${imap.username:}") String imapUsername,
                             @Nullable @Value("${imap.password:}") String imapPassword,
                             @Value("${imap.tls:TLS}") String imapTls,
                             @Value("${imap.folder:INBOX}") String imapFolder,
                             @Nullable @Value("${smbhub.mail.trusted-hosts:}") String trustedHosts) {
        this.smtpHost = blankToNull(smtpHost);
        this.smtpPort = smtpPort;
        this.smtpUsername = blankToNull(smtpUsername);
        this.smtpPassword = blankToNull(smtpPassword);
        this.smtpTls = smtpTls;
        this.mailFrom = mailFrom;
        this.inboundAddress = inboundAddress;
        this.imapHost = blankToNull(imapHost);
        this.imapPort = imapPort;
        this.imapUsername = blankToNull(imapUsername);
        this.imapPassword = blankToNull(imapPassword);
        this.imapTls = imapTls;
        this.imapFolder = imapFolder;
        this.trustedHosts = trustedHosts == null ? Set.of() : Arrays.stream(trustedHosts.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The platform SMTP server, or null when {@code SMTP_HOST} is unset (pickup directory). */
    public SmtpServer smtp() {
        if (smtpHost == null) {
            return null;
        }
        return new SmtpServer(smtpHost, smtpPort, SmtpServer.Security.valueOf(smtpTls.strip().toUpperCase(Locale.ROOT)),
                smtpUsername, smtpPassword, null);
    }

    /** The IMAP mailbox to poll, or null when {@code IMAP_HOST} is unset. */
    public ImapMailboxPoller.Settings imap() {
        if (imapHost == null) {
            return null;
        }
        return new ImapMailboxPoller.Settings(imapHost, imapPort,
                ImapMailboxPoller.Security.valueOf(imapTls.strip().toUpperCase(Locale.ROOT)),
                imapUsername == null ? "" : imapUsername, imapPassword == null ? "" : imapPassword, imapFolder, options());
    }

    public MailTransportOptions options() {
        MailTransportOptions d = MailTransportOptions.DEFAULTS;
        return new MailTransportOptions(d.connectTimeout(), d.readTimeout(), d.writeTimeout(), trustedHosts);
    }

    public String mailFrom() { return mailFrom; }

    public String inboundAddress() { return inboundAddress; }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
