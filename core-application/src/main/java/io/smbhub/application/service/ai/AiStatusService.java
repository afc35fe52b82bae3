package io.smbhub.application.service.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.tenant.Permission;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AI availability and the tenant's usage ({@link AiStatusQueries}; issue 6, enterprise-business-os.md features 5
 * and 15). Availability is read from the model port (configured, circuit state) without calling the model.
 */
public final class AiStatusService implements AiStatusQueries {

    private final LanguageModel model;
    private final AiBudget budget;
    private final AiUsageRepository usage;
    private final TransactionRunner tx;

    public AiStatusService(LanguageModel model, AiBudget budget, AiUsageRepository usage, TransactionRunner tx) {
        this.model = model;
        this.budget = budget;
        this.usage = usage;
        this.tx = tx;
    }

    @Override
    public AiStatus status(Actor actor) {
        Quota quota = tx.inTenant(actor.tenantId(), () -> budget.quota(actor.tenantId()));
        boolean configured = model.configured();
        boolean up = configured && model.available();
        boolean withinBudget = !"EXCEEDED".equals(quota.status());
        String mode = !configured ? "OFFLINE" : up ? "MODEL" : "UNAVAILABLE";
        Map<String, Boolean> features = new LinkedHashMap<>();
        features.put("text_to_task", !configured || (up && withinBudget));
        features.put("precheck", true);
        features.put("precheck_model_pass", up && withinBudget);
        features.put("digest_insights", up && withinBudget);
        return new AiStatus(mode, features.get("text_to_task"), configured ? model.modelName() : null, features, quota);
    }

    @Override
    public TenantUsage usage(Actor actor, YearMonth month) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        YearMonth m = month == null ? budget.currentMonth() : month;
        return tx.inTenant(actor.tenantId(), () -> {
            Map<String, FeatureUsage> byFeature = new LinkedHashMap<>();
            usage.totalsByFeature(actor.tenantId(), AiBudget.start(m), AiBudget.start(m.plusMonths(1))).forEach(
                    (AiFeature f, AiUsageRepository.Totals t) -> byFeature.put(f.name(),
                            new FeatureUsage(t.calls(), t.inputTokens(), t.outputTokens(), t.costUsd())));
            AiUsageRepository.Totals all = usage.totals(actor.tenantId(), AiBudget.start(m), AiBudget.start(m.plusMonths(1)));
            return new TenantUsage(m, budget.quota(actor.tenantId(), m), byFeature, all.calls(), all.inputTokens(),
                    all.outputTokens(), all.costUsd());
        });
    }
}
