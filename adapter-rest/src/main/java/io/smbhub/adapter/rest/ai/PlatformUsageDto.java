package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.ai.AiUsageAdminUseCase;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Every business's AI cost against its subscription revenue in one UTC {@code month}, for the operator
 * (enterprise-business-os.md feature 5; issue 6). USD figures are decimal strings: cost with 6 decimals, revenue the
 * plan's monthly price, margin = revenue − cost, {@code margin_percent} null when the revenue is 0.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PlatformAiUsage")
public record PlatformUsageDto(@Schema(example = "2026-11") String month, List<TenantLineDto> tenants,
                               String totalCostUsd, String totalRevenueUsd, String totalMarginUsd) {

    public static PlatformUsageDto of(AiUsageAdminUseCase.PlatformUsage u) {
        return new PlatformUsageDto(u.month().toString(), u.tenants().stream().map(TenantLineDto::of).toList(),
                AiUsageDto.usd(u.totalCostUsd()), AiUsageDto.usd(u.totalRevenueUsd()), AiUsageDto.usd(u.totalMarginUsd()));
    }

    /** One business's line. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TenantAiUsage")
    public record TenantLineDto(UUID tenantId, String tenantName, @Schema(example = "starter") String plan, long calls,
                                long inputTokens, long outputTokens, @Schema(example = "1.234567") String costUsd,
                                @Schema(example = "29.00") String revenueUsd, @Schema(example = "27.765433") String marginUsd,
                                @Nullable @Schema(example = "95.74") String marginPercent,
                                @Schema(allowableValues = {"OK", "WARNING", "EXCEEDED"}) String quotaStatus) {
        static TenantLineDto of(AiUsageAdminUseCase.TenantLine l) {
            return new TenantLineDto(l.tenantId().value(), l.tenantName(), l.plan(), l.calls(), l.inputTokens(),
                    l.outputTokens(), AiUsageDto.usd(l.costUsd()), AiUsageDto.usd(l.revenueUsd()),
                    AiUsageDto.usd(l.marginUsd()), AiUsageDto.usd(l.marginPercent()), l.quotaStatus());
        }
    }

    /** Body of PUT /v1/admin/tenants/{id}/plan. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "TenantPlanRequest")
    public record PlanRequest(@Schema(example = "growth") String plan) {
    }

    /** Answer of PUT /v1/admin/tenants/{id}/plan: the business and its plan now. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TenantPlan")
    public record PlanDto(UUID tenantId, String plan) {
    }
}
