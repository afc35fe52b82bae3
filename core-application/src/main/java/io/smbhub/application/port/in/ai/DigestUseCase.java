package io.smbhub.application.port.in.ai;

import io.smbhub.application.port.in.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The CEO digest (enterprise-business-os.md feature 1; issue 6): every day at 05:00 in each tenant's timezone an
 * {@code AI_DIGEST} job aggregates yesterday, asks the model for three insights from the redacted figures (when a
 * model is available and the tenant has the digest on), stores it and emails it to the owners. Reading needs
 * {@code PAYMENTS_READ}. Errors: {@code FORBIDDEN}, {@code NOT_FOUND} (no digest yet / for that day).
 */
public interface DigestUseCase {

    /** The digest of {@code day} (tenant-local), or the latest when null. */
    DigestView digest(Actor actor, LocalDate day);

    /**
     * Enqueues the digest job of every tenant whose local time has passed 05:00 today and has no digest job for
     * yesterday yet (idempotent by tenant and day; safe to call often and from several instances). Returns how many
     * were enqueued.
     */
    int scheduleDue(Instant now);

    /**
     * A digest: {@code day}, figures (amounts as {@code {amount, currency}} maps, see {@code DigestFigures}),
     * {@code insights} (≤ 3), {@code insightsStatus} (GENERATED, NO_MODEL, UNAVAILABLE, QUOTA_EXCEEDED, DISABLED),
     * {@code model}, times UTC.
     */
    record DigestView(LocalDate day, Map<String, Object> figures, List<String> insights, String insightsStatus,
                      String model, Instant createdAt, Instant emailedAt) {
    }
}
