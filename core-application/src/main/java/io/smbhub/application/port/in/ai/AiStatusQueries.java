package io.smbhub.application.port.in.ai;

import io.smbhub.application.port.in.Actor;

import java.time.YearMonth;
import java.util.Map;

/**
 * What AI can do for the caller's tenant right now (issue 6; enterprise-business-os.md feature 15), so clients hide AI
 * buttons when it cannot, and the tenant's own usage. Any member may read the status; usage needs
 * {@code MANAGE_SETTINGS}.
 */
public interface AiStatusQueries {

    AiStatus status(Actor actor);

    /** The tenant's usage in {@code month} (UTC calendar month; null = current). */
    TenantUsage usage(Actor actor, YearMonth month);

    /**
     * {@code mode}: MODEL (a model answers), OFFLINE (no model configured: the rule-based extractor drafts, no
     * insights or free-text checks), UNAVAILABLE (a model is configured but down — AI endpoints answer
     * {@code AI_UNAVAILABLE}); {@code available}: Text-to-Task can be used now; {@code model} id or null;
     * {@code features}: text_to_task, precheck, precheck_model_pass, digest_insights → usable now;
     * {@code quota}: the tenant's budget this month.
     */
    record AiStatus(String mode, boolean available, String model, Map<String, Boolean> features, Quota quota) {
    }

    /**
     * The tenant's monthly budget: {@code plan}, {@code tokensUsed} this month, {@code softLimit}, {@code hardLimit},
     * {@code status} OK, WARNING (past soft) or EXCEEDED (past hard: model calls answer {@code QUOTA_EXCEEDED}).
     */
    record Quota(String plan, long tokensUsed, long softLimit, long hardLimit, String status) {
    }

    /** Usage by feature (calls, tokens, cost in USD with 6 decimals) plus the quota. */
    record TenantUsage(YearMonth month, Quota quota, Map<String, FeatureUsage> byFeature, long calls,
                       long inputTokens, long outputTokens, java.math.BigDecimal costUsd) {
    }

    record FeatureUsage(long calls, long inputTokens, long outputTokens, java.math.BigDecimal costUsd) {
    }
}
