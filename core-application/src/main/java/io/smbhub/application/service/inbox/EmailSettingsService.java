package io.smbhub.application.service.inbox;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.settings.EmailSettingsUseCase;
import io.smbhub.application.port.in.settings.EmailSettingsView;
import io.smbhub.application.port.out.EmailSettingsRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.EmailSettings;
import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Tenant;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's email settings ({@link EmailSettingsUseCase}; issue 5, enterprise-business-os.md feature 17). Audited
 * as {@code email_settings.updated} with the view — which never contains the SMTP password.
 */
public final class EmailSettingsService implements EmailSettingsUseCase {

    /** The audit event of a settings change. */
    record EmailSettingsUpdated(Instant occurredAt) implements DomainEvent {
        public String action() { return "email_settings.updated"; }
    }

    private final EmailSettingsRepository settings;
    private final MailIdentity identity;
    private final InboundAddresses inbound;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public EmailSettingsService(EmailSettingsRepository settings, MailIdentity identity, InboundAddresses inbound,
                                Documents documents, TransactionRunner tx, TimeSource clock, Auditor auditor) {
        this.settings = settings;
        this.identity = identity;
        this.inbound = inbound;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public EmailSettingsView get(Actor actor) {
        if (Access.refusal(actor, Permission.MANAGE_SETTINGS).isPresent()) {
            Access.require(actor, Permission.INBOX_READ);
        }
        return tx.inTenant(actor.tenantId(), () -> view(documents.tenant(actor), settings.find(actor.tenantId())));
    }

    @Override
    public EmailSettingsView update(Actor actor, Long expectedVersion, UpdateEmailSettingsCommand command) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        return tx.inTenant(actor.tenantId(), () -> {
            Tenant tenant = documents.tenant(actor);
            Optional<EmailSettingsRepository.Stored> stored = settings.find(actor.tenantId());
            long current = stored.map(EmailSettingsRepository.Stored::version).orElse(0L);
            Versions.requireExpected("Email settings", expectedVersion, current);
            EmailSettings next = new EmailSettings(command.fromName(),
                    command.replyTo() == null || command.replyTo().isBlank() ? null : EmailAddress.of(command.replyTo(), null, "reply_to"),
                    command.brandColor(), command.signature(),
                    smtp(command.smtp(), stored.map(s -> s.settings().smtp()).orElse(null)));
            EmailSettingsView before = view(tenant, stored);
            long version = settings.save(actor.tenantId(), next, current, clock.now());
            EmailSettingsView after = view(tenant, Optional.of(new EmailSettingsRepository.Stored(next, version, clock.now())));
            auditor.record(actor, "email_settings", actor.tenantId().value(), before, after,
                    List.of(new EmailSettingsUpdated(clock.now())));
            return after;
        });
    }

    /** The custom server of the command; a missing password keeps the stored one when host and username are unchanged. */
    private static EmailSettings.CustomSmtp smtp(SmtpCommand c, EmailSettings.CustomSmtp old) {
        if (c == null) {
            return null;
        }
        EmailSettings.SmtpSecurity security;
        try {
            security = c.security() == null ? null : EmailSettings.SmtpSecurity.valueOf(c.security().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("smtp.security", "SMTP security must be NONE, STARTTLS or TLS");
        }
        String password = c.password();
        if (password == null && old != null && Objects.equals(old.host(), c.host() == null ? null : c.host().strip())
                && Objects.equals(old.username(), c.username() == null ? null : c.username().strip())) {
            password = old.password();
        }
        EmailAddress from = c.fromAddress() == null ? null : EmailAddress.of(c.fromAddress(), null, "smtp.from_address");
        return new EmailSettings.CustomSmtp(c.host(), c.port() == null ? 0 : c.port(), security, c.username(), password, from);
    }

    private EmailSettingsView view(Tenant tenant, Optional<EmailSettingsRepository.Stored> stored) {
        EmailSettings s = stored.map(EmailSettingsRepository.Stored::settings).orElse(EmailSettings.defaults());
        MailIdentity.Sender sender = identity.of(tenant);
        EmailSettings.CustomSmtp smtp = s.smtp();
        return new EmailSettingsView(s.fromName(), sender.from().name(), s.replyTo() == null ? null : s.replyTo().address(),
                sender.replyTo().address(), inbound.of(tenant.id()), s.brandColor(), s.signature(),
                smtp == null ? null : new EmailSettingsView.Smtp(smtp.host(), smtp.port(), smtp.security().name(),
                        smtp.username(), smtp.password() != null, smtp.fromAddress().address()),
                stored.map(EmailSettingsRepository.Stored::version).orElse(0L),
                stored.map(EmailSettingsRepository.Stored::updatedAt).orElse(null));
    }
}
