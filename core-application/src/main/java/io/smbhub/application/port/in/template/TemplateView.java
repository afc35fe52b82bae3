package io.smbhub.application.port.in.template;

import io.smbhub.domain.inbox.TemplateType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A template as clients read it (spec smb-hub-prd.md 2.1 Template; issue 5): {@code purpose} wire value
 * ({@code invoice_sent}, {@code ar_reminder_1}…, or null), {@code variables} it may use, {@code builtIn} true for the
 * profile's built-in default (then {@code id}, times and version are null/0 and it cannot be edited — create a
 * tenant template with {@code is_default} to replace it), {@code active}: it is the one used for its purpose now.
 */
public record TemplateView(UUID id, TemplateType type, String purpose, String name, String subject, String content,
                           boolean isDefault, List<String> profileScopes, List<String> variables, boolean builtIn,
                           boolean active, Instant createdAt, Instant updatedAt, long version) {
}
