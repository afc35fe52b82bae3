package io.smbhub.adapter.rest.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.template.TemplateView;
import io.smbhub.domain.inbox.TemplateType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message template in responses (spec smb-hub-prd.md 2.1 "Template"; issue 5): the profile's built-in default of a
 * purpose ({@code built_in}: no id, cannot be edited) or a tenant template; {@code active}: the one used for its
 * purpose now; {@code variables}: the {@code {{name}}} placeholders its subject and content may use.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Template")
public record TemplateDto(@Nullable @Schema(description = "null for a built-in template") UUID id, TemplateType type,
                          @Nullable @Schema(description = "invoice_sent, quote_sent, ar_reminder_1, ar_reminder_2, "
                                  + "ar_reminder_final, ar_reminder_manual, reply, or null") String purpose,
                          String name, String subject, String content, boolean isDefault,
                          @Schema(description = "Profile ids it applies to; empty: all") List<String> profileScopes,
                          List<String> variables, boolean builtIn, boolean active, @Nullable Instant createdAt,
                          @Nullable Instant updatedAt, long version) {

    public static TemplateDto of(TemplateView v) {
        return new TemplateDto(v.id(), v.type(), v.purpose(), v.name(), v.subject(), v.content(), v.isDefault(),
                v.profileScopes() == null ? List.of() : v.profileScopes(),
                v.variables() == null ? List.of() : v.variables(), v.builtIn(), v.active(), v.createdAt(),
                v.updatedAt(), v.version());
    }

    /** Request body of POST /v1/templates (documentation); PATCH: the same fields optional, plus if_match_version. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "TemplateRequest")
    public record Request(TemplateType type, @Nullable @Schema(example = "invoice_sent") String purpose,
                          @Schema(example = "Friendly invoice email") String name,
                          @Schema(example = "Invoice {{invoice_number}} from {{business_name}}") String subject,
                          @Schema(example = "Hi {{contact_name}},\n\nyour invoice is ready: {{portal_url}}") String content,
                          @Nullable @Schema(description = "Make it the template used for its purpose") Boolean isDefault,
                          @Nullable List<String> profileScopes,
                          @Nullable @Schema(description = "PATCH only: refuse with 409 unless this is the current version") Long ifMatchVersion) {
    }
}
