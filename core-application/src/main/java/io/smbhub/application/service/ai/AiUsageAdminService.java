package io.smbhub.application.service.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.AiUsageAdminUseCase;
import io.smbhub.application.port.out.AiPricing;
import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.UserAccount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-tenant AI cost against subscription revenue for the operator ({@link AiUsageAdminUseCase};
 * enterprise-business-os.md feature 5; issue 6). The caller must be a platform admin: a user whose email is in the
 * operator's {@link AiPricing#platformAdmins()} list.
 */
public final class AiUsageAdminService implements AiUsageAdminUseCase {

    private final AiUsageRepository usage;
    private final AiSettingsRepository settings;
    private final TenantRepository tenants;
    private final UserAccountRepository users;
    private final AiBudget budget;
    private final AiPricing pricing;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public AiUsageAdminService(AiUsageRepository usage, AiSettingsRepository settings, TenantRepository tenants,
                               UserAccountRepository users, AiBudget budget, AiPricing pricing, TransactionRunner tx,
                               TimeSource clock, Auditor auditor) {
        this.usage = usage;
        this.settings = settings;
        this.tenants = tenants;
        this.users = users;
        this.budget = budget;
        this.pricing = pricing;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public PlatformUsage usage(Actor actor, YearMonth month) {
        String admin = requirePlatformAdmin(actor);
        YearMonth m = month == null ? budget.currentMonth() : month;
        List<AiUsageRepository.TenantTotals> rows = tx.withoutTenant(() -> usage.byTenant(AiBudget.start(m),
                AiBudget.start(m.plusMonths(1))));
        List<TenantLine> lines = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO.setScale(6);
        BigDecimal revenue = BigDecimal.ZERO.setScale(2);
        for (AiUsageRepository.TenantTotals row : rows) {
            AiPricing.Plan plan = row.plan() == null ? pricing.plan(null) : pricing.plans().getOrDefault(row.plan(), pricing.plan(null));
            AiUsageRepository.Totals t = row.totals();
            BigDecimal planRevenue = plan.monthlyPriceUsd().setScale(2, RoundingMode.HALF_UP);
            BigDecimal margin = planRevenue.subtract(t.costUsd());
            BigDecimal percent = planRevenue.signum() == 0 ? null
                    : margin.multiply(BigDecimal.valueOf(100)).divide(planRevenue, 2, RoundingMode.HALF_UP);
            String quota = t.tokens() >= plan.hardTokens() ? "EXCEEDED" : t.tokens() >= plan.softTokens() ? "WARNING" : "OK";
            lines.add(new TenantLine(row.tenant(), row.tenantName(), plan.id(), t.calls(), t.inputTokens(), t.outputTokens(),
                    t.costUsd(), planRevenue, margin, percent, quota));
            cost = cost.add(t.costUsd());
            revenue = revenue.add(planRevenue);
        }
        System.getLogger(AiUsageAdminService.class.getName()).log(System.Logger.Level.INFO,
                "Platform admin " + admin + " read AI usage of " + m);
        return new PlatformUsage(m, List.copyOf(lines), cost, revenue, revenue.subtract(cost));
    }

    @Override
    public void setPlan(Actor actor, TenantId tenant, String plan) {
        String admin = requirePlatformAdmin(actor);
        AiPricing.Plan p = pricing.plan(plan == null ? "" : plan.strip());
        tx.inTenant(tenant, () -> {
            tenants.findById(tenant).orElseThrow(() -> DomainException.notFound("Tenant", tenant));
            AiSettings old = budget.settings(tenant);
            AiSettings changed = new AiSettings(tenant, old.redactionEnabled(), old.customPatterns(), old.autoApplyEnabled(),
                    old.autoApplyThreshold(), old.digestEnabled(), p.id(), old.version());
            long version = settings.save(changed);
            auditor.recordSystem(tenant, "platform-admin:" + admin, "tenant", tenant.value(), old,
                    AiSettingsService.withVersion(changed, version),
                    List.of(new AiSettingsService.Changed("ai_settings.plan_changed", clock.now())));
            return null;
        });
    }

    /** The admin's email. Errors: {@code FORBIDDEN} for anyone not on the operator's platform-admin list. */
    private String requirePlatformAdmin(Actor actor) {
        String email = tx.forUser(actor.userId(), () -> users.findById(actor.userId()).map(UserAccount::email).orElse(null));
        if (!pricing.isPlatformAdmin(email)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only platform administrators may read AI usage across "
                    + "businesses or change plans");
        }
        return email;
    }
}
