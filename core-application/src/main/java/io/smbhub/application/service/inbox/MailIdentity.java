package io.smbhub.application.service.inbox;

import io.smbhub.application.port.out.EmailSettingsRepository;
import io.smbhub.application.port.out.MailAddresses;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.EmailSettings;
import io.smbhub.domain.tenant.Tenant;

/**
 * Who a tenant's emails come from and where replies go (issue 5, white-label): From name = the tenant's
 * {@code from_name} or business name; From address = its custom SMTP server's address or the platform's
 * {@code MAIL_FROM}; Reply-To = its {@code reply_to} or its inbound address, so answers land in the inbox; the
 * SMTP server to use (null = platform). Read inside the tenant's transaction.
 */
public final class MailIdentity {

    /** The resolved identity of one tenant. */
    public record Sender(EmailAddress from, EmailAddress replyTo, SmtpServer smtp, String signature, EmailSettings settings) {
    }

    private final EmailSettingsRepository settings;
    private final MailAddresses mail;
    private final InboundAddresses inbound;

    public MailIdentity(EmailSettingsRepository settings, MailAddresses mail, InboundAddresses inbound) {
        this.settings = settings;
        this.mail = mail;
        this.inbound = inbound;
    }

    /** The sender identity of {@code tenant} now. */
    public Sender of(Tenant tenant) {
        EmailSettings s = settings.find(tenant.id()).map(EmailSettingsRepository.Stored::settings).orElse(EmailSettings.defaults());
        String name = s.fromName() != null ? s.fromName() : tenant.name();
        EmailSettings.CustomSmtp custom = s.smtp();
        String fromAddress = custom != null ? custom.fromAddress().address() : mail.defaultFrom();
        EmailAddress replyTo = s.replyTo() != null ? s.replyTo() : new EmailAddress(inbound.of(tenant.id()), name);
        SmtpServer smtp = custom == null ? null : new SmtpServer(custom.host(), custom.port(),
                SmtpServer.Security.valueOf(custom.security().name()), custom.username(), custom.password(),
                custom.fromAddress().address());
        return new Sender(new EmailAddress(fromAddress, name), replyTo, smtp, s.signature(), s);
    }
}
