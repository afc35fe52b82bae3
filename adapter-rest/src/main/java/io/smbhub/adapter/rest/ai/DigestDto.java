package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.ai.DigestUseCase;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The CEO digest of one business day (enterprise-business-os.md feature 1; issue 6): {@code day} in the business's
 * timezone, the {@code figures} (revenue, payments, top expenses, overdue AR, pending work; amounts as
 * {@code {amount, currency}}), up to three model {@code insights} and {@code insights_status} (GENERATED, NO_MODEL,
 * UNAVAILABLE, QUOTA_EXCEEDED, DISABLED — without a model the figures still come), times UTC.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Digest")
public record DigestDto(LocalDate day, Map<String, Object> figures, List<String> insights,
                        @Schema(allowableValues = {"GENERATED", "NO_MODEL", "UNAVAILABLE", "QUOTA_EXCEEDED", "DISABLED"})
                        String insightsStatus,
                        @Nullable String model, Instant createdAt, @Nullable Instant emailedAt) {

    public static DigestDto of(DigestUseCase.DigestView v) {
        return new DigestDto(v.day(), v.figures() == null ? Map.of() : v.figures(),
                v.insights() == null ? List.of() : v.insights(), v.insightsStatus(), v.model(), v.createdAt(),
                v.emailedAt());
    }
}
