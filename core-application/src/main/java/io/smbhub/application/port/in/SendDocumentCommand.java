package io.smbhub.application.port.in;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.Text;

import java.util.Locale;
import java.util.UUID;

/**
 * Send a quote or invoice to its contact (spec smb-hub-prd.md 12.3.4, 12.3.5): {@code channel} EMAIL
 * (the default; the only channel delivered today) and an optional personal message of ≤ 5000 chars.
 * Errors: {@code VALIDATION_ERROR} on {@code channel} or {@code message}.
 */
public record SendDocumentCommand(UUID documentId, String channel, String message) {
    public SendDocumentCommand {
        channel = Text.clean(channel) == null ? "EMAIL" : channel.strip().toUpperCase(Locale.ROOT);
        if (!channel.equals("EMAIL")) {
            throw DomainException.invalid("channel", "Channel " + channel + " is not available; use EMAIL");
        }
        message = Text.clean(message);
        if (message != null && message.length() > 5000) {
            throw DomainException.invalid("message", "Message is longer than 5000 characters");
        }
    }
}
