package io.smbhub.application.service.ai;

import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.smbhub.application.port.out.AiPricing;
import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A tenant's AI settings and monthly token budget (issue 6; enterprise-business-os.md feature 5): the plan from its
 * settings (or the operator's default plan), tokens used in the current UTC calendar month, and the quota status —
 * OK, WARNING past the plan's soft limit, EXCEEDED at or past the hard limit. Call inside a tenant transaction.
 */
public final class AiBudget {

    private final AiSettingsRepository settings;
    private final AiUsageRepository usage;
    private final AiPricing pricing;
    private final TimeSource clock;

    public AiBudget(AiSettingsRepository settings, AiUsageRepository usage, AiPricing pricing, TimeSource clock) {
        this.settings = settings;
        this.usage = usage;
        this.pricing = pricing;
        this.clock = clock;
    }

    /** The tenant's settings, or the defaults (with the default plan) when it never saved any. */
    public AiSettings settings(TenantId tenant) {
        return settings.find(tenant).orElseGet(() -> AiSettings.defaults(tenant, pricing.defaultPlan()));
    }

    /** The quota of {@code tenant} in {@code month} (UTC). */
    public AiStatusQueries.Quota quota(TenantId tenant, YearMonth month) {
        AiPricing.Plan plan = pricing.plans().getOrDefault(settings(tenant).plan(), pricing.plan(null));
        long used = usage.totals(tenant, start(month), start(month.plusMonths(1))).tokens();
        String status = used >= plan.hardTokens() ? "EXCEEDED" : used >= plan.softTokens() ? "WARNING" : "OK";
        return new AiStatusQueries.Quota(plan.id(), used, plan.softTokens(), plan.hardTokens(), status);
    }

    /** The quota of the current month. */
    public AiStatusQueries.Quota quota(TenantId tenant) {
        return quota(tenant, currentMonth());
    }

    public YearMonth currentMonth() {
        return YearMonth.from(clock.now().atOffset(ZoneOffset.UTC));
    }

    /** The first instant (UTC) of {@code month}. */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
