package io.smbhub.application.port.in.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.TenantId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Operational Intelligence for the operator (enterprise-business-os.md feature 5; issue 6): every tenant's AI cost
 * against its subscription revenue. Only platform admins (emails configured by the operator) may call it; any other
 * member gets {@code FORBIDDEN}. Errors: {@code FORBIDDEN}, {@code VALIDATION_ERROR} (unknown plan), {@code NOT_FOUND}
 * (tenant).
 */
public interface AiUsageAdminUseCase {

    /** Per-tenant cost vs revenue for {@code month} (UTC; null = current), by tenant name, with the platform totals. */
    PlatformUsage usage(Actor actor, YearMonth month);

    /** Sets a tenant's plan (audited on that tenant as {@code ai_settings.plan_changed}). */
    void setPlan(Actor actor, TenantId tenant, String plan);

    /**
     * One tenant: {@code plan}, {@code revenueUsd} (the plan's monthly price), {@code costUsd} (6 decimals),
     * {@code marginUsd} = revenue − cost, {@code marginPercent} (null when revenue is 0), tokens and calls, and
     * {@code quotaStatus} (OK, WARNING, EXCEEDED).
     */
    record TenantLine(TenantId tenantId, String tenantName, String plan, long calls, long inputTokens, long outputTokens,
                      BigDecimal costUsd, BigDecimal revenueUsd, BigDecimal marginUsd, BigDecimal marginPercent,
                      String quotaStatus) {
    }

    record PlatformUsage(YearMonth month, List<TenantLine> tenants, BigDecimal totalCostUsd, BigDecimal totalRevenueUsd,
                         BigDecimal totalMarginUsd) {
    }
}
