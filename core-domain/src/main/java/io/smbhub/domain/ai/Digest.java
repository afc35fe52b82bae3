package io.smbhub.domain.ai;

import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's CEO digest for one tenant-local {@code day} (enterprise-business-os.md feature 1; issue 6): the
 * {@link DigestFigures}, up to three strategic {@code insights} written by the model from the redacted figures, and
 * {@code insightsStatus} saying why there are none: GENERATED ({@code model} names the model), NO_MODEL (none
 * configured), UNAVAILABLE (the model failed; the figures were still sent), QUOTA_EXCEEDED (the tenant's AI budget
 * is used up), DISABLED (the tenant turned the digest's AI off). {@code emailedAt} is set once sent to the owners.
 */
public record Digest(TenantId tenantId, LocalDate day, DigestFigures figures, List<String> insights,
                     InsightsStatus insightsStatus, String model, Instant createdAt, Instant emailedAt) {

    public enum InsightsStatus { GENERATED, NO_MODEL, UNAVAILABLE, QUOTA_EXCEEDED, DISABLED }

    public Digest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(figures, "figures");
        insights = insights == null ? List.of() : List.copyOf(insights);
        Objects.requireNonNull(insightsStatus, "insightsStatus");
    }

    public Digest emailed(Instant at) {
        return new Digest(tenantId, day, figures, insights, insightsStatus, model, createdAt, at);
    }
}
