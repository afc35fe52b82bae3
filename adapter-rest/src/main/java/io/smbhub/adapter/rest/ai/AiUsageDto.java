package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business's AI usage in one UTC calendar {@code month} (issue 6, Operational Intelligence): model calls,
 * input/output tokens and cost in USD (a decimal string with 6 decimals, from the operator's price table), in
 * total and {@code by_feature} (text_to_task, precheck, digest …), plus the {@code quota}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AiUsage")
public record AiUsageDto(@Schema(example = "2026-11") String month, AiStatusDto.QuotaDto quota,
                         Map<String, FeatureDto> byFeature, long calls, long inputTokens, long outputTokens,
                         @Schema(example = "0.012345") String costUsd) {

    public static AiUsageDto of(AiStatusQueries.TenantUsage u) {
        Map<String, FeatureDto> features = new LinkedHashMap<>();
        if (u.byFeature() != null) {
            u.byFeature().forEach((name, f) -> features.put(name,
                    new FeatureDto(f.calls(), f.inputTokens(), f.outputTokens(), usd(f.costUsd()))));
        }
        return new AiUsageDto(u.month().toString(), AiStatusDto.QuotaDto.of(u.quota()), features, u.calls(),
                u.inputTokens(), u.outputTokens(), usd(u.costUsd()));
    }

    /** One feature's calls, tokens and cost (USD decimal string). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AiFeatureUsage")
    public record FeatureDto(long calls, long inputTokens, long outputTokens, @Schema(example = "0.004100") String costUsd) {
    }

    /** An exact USD figure as a plain decimal string (never through {@code double}); null stays null. */
    @Nullable
    static String usd(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
