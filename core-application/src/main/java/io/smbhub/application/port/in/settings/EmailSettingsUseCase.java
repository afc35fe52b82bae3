package io.smbhub.application.port.in.settings;

import io.smbhub.application.port.in.Actor;

/**
 * Email settings of the tenant (issue 5: white-label sender, custom SMTP, inbound address; enterprise-business-os.md
 * feature 17). Reading needs {@code MANAGE_SETTINGS} or {@code INBOX_READ}; changing needs {@code MANAGE_SETTINGS}.
 * Changes are audited without the password. Errors: {@code FORBIDDEN}, {@code VALIDATION_ERROR} (field details),
 * {@code CONFLICT} (stale {@code expectedVersion}).
 */
public interface EmailSettingsUseCase {

    EmailSettingsView get(Actor actor);

    /**
     * Replaces the settings. {@code smtp} null switches back to the platform's server; an {@code smtp.password} of
     * null keeps the stored password (when host and username are unchanged).
     */
    EmailSettingsView update(Actor actor, Long expectedVersion, UpdateEmailSettingsCommand command);

    record UpdateEmailSettingsCommand(String fromName, String replyTo, String brandColor, String signature,
                                      SmtpCommand smtp) {
    }

    /** {@code security}: NONE, STARTTLS or TLS. */
    record SmtpCommand(String host, Integer port, String security, String username, String password, String fromAddress) {
    }
}
