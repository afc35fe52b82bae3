package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.ai.PrecheckUseCase;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The AI pre-check of an invoice or quote against the tenant's SOP rules (enterprise-business-os.md feature 2;
 * issue 6): {@code valid} when nothing is violated; each violation names the {@code rule} code, the {@code field} at
 * fault (may be null) and a {@code message}; {@code rules_checked} counts the enabled rules for this kind of
 * document; {@code model_pass} says what happened to the free-text rules (NOT_NEEDED, DONE, NOT_CONFIGURED,
 * UNAVAILABLE, QUOTA_EXCEEDED — a model that is down never fails the check); {@code checked_at} UTC.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Precheck")
public record PrecheckDto(boolean valid, List<ViolationDto> violations, int rulesChecked,
                          @Schema(allowableValues = {"NOT_NEEDED", "DONE", "NOT_CONFIGURED", "UNAVAILABLE", "QUOTA_EXCEEDED"})
                          String modelPass,
                          Instant checkedAt) {

    public static PrecheckDto of(PrecheckUseCase.PrecheckResult r) {
        return new PrecheckDto(r.valid(), r.violations().stream().map(ViolationDto::of).toList(), r.rulesChecked(),
                r.modelPass(), r.checkedAt());
    }

    /** One broken rule. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PrecheckViolation")
    public record ViolationDto(@Schema(example = "vat_11") String rule,
                               @Nullable @Schema(example = "line_items[0].tax_rate") String field,
                               @Schema(example = "Line 1 has VAT 10%; the rule requires 11%") String message) {
        static ViolationDto of(PrecheckUseCase.Violation v) {
            return new ViolationDto(v.rule(), v.field(), v.message());
        }
    }
}
