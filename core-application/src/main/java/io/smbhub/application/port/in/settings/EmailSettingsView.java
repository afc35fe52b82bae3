package io.smbhub.application.port.in.settings;

import java.time.Instant;

/**
 * A tenant's email settings (issue 5): as set ({@code fromName}, {@code replyTo}, may be null) and as used
 * ({@code effectiveFromName}, {@code effectiveReplyTo}); {@code inboundAddress}: the tenant's own address that feeds
 * its inbox (forward your public address to it); {@code brandColor}, {@code signature}; {@code smtp}: the white-label
 * server or null for the platform's (the password is never shown, only {@code passwordSet}); {@code version} 0 until
 * first saved.
 */
public record EmailSettingsView(String fromName, String effectiveFromName, String replyTo, String effectiveReplyTo,
                                String inboundAddress, String brandColor, String signature, Smtp smtp, long version,
                                Instant updatedAt) {

    /** The custom SMTP server without its password. */
    public record Smtp(String host, int port, String security, String username, boolean passwordSet, String fromAddress) {
    }
}
