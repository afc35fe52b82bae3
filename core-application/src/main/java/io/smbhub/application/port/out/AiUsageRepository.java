package io.smbhub.application.port.out;

import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The AI usage ledger (enterprise-business-os.md feature 5 "Operational Intelligence"; issue 6): one row per model
 * call. {@code costUsd} is US dollars with 6 decimal places (token prices are fractions of a cent). Tenant-scoped
 * except {@link #byTenant}, which is for platform admins.
 */
public interface AiUsageRepository {

    /**
     * One model call: {@code user} null for background jobs; {@code model} as answered; tokens as counted by the
     * provider; {@code at} UTC.
     */
    record Usage(UUID id, TenantId tenant, UserId user, AiFeature feature, String model, long inputTokens,
                 long outputTokens, BigDecimal costUsd, Instant at) {
    }

    /** Totals of a set of calls. */
    record Totals(long calls, long inputTokens, long outputTokens, BigDecimal costUsd) {
        public static final Totals ZERO = new Totals(0, 0, 0, BigDecimal.ZERO.setScale(6));

        public long tokens() {
            return inputTokens + outputTokens;
        }
    }

    /** Totals of one tenant, with its name and stored plan (null: the default plan). */
    record TenantTotals(TenantId tenant, String tenantName, String plan, Totals totals) {
    }

    /** Appends a call; runs inside the caller's tenant transaction (the metering decorator opens a short one per call). */
    void record(Usage usage);

    /** The tenant's totals for calls at {@code from} ≤ at &lt; {@code to}. */
    Totals totals(TenantId tenant, Instant from, Instant to);

    /** The tenant's totals per feature in that window (features without calls are absent). */
    java.util.Map<AiFeature, Totals> totalsByFeature(TenantId tenant, Instant from, Instant to);

    /** Every tenant's totals in that window (tenants without calls included with zero totals), by tenant name. */
    List<TenantTotals> byTenant(Instant from, Instant to);
}
