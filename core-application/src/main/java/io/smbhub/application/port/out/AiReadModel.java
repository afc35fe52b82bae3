package io.smbhub.application.port.out;

import io.smbhub.domain.ai.DigestFigures;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Reads the AI features need across aggregates (issue 6), by query rather than by loading aggregates. */
public interface AiReadModel {

    /** A tenant and its timezone, for scheduling the daily digest at 05:00 local time. */
    record TenantZone(TenantId tenant, ZoneId zone) {
    }

    /** Another document that may duplicate a pre-checked one. */
    record SimilarDocument(UUID id, String number, Instant createdAt) {
    }

    /** Every tenant with its timezone (platform-wide; runs without a tenant bound). */
    List<TenantZone> tenantZones();

    /**
     * The digest figures of the tenant-local day that spans {@code from} ≤ t &lt; {@code to} (UTC instants of the
     * day's start and end in the tenant's timezone). Runs inside the caller's tenant transaction.
     */
    DigestFigures digestFigures(TenantId tenant, Instant from, Instant to);

    /**
     * Non-void documents of {@code kind} for {@code contact} whose total equals {@code total} (same currency), created
     * at or after {@code since}, other than {@code excludeId}; newest first.
     */
    List<SimilarDocument> similarDocuments(TenantId tenant, DocumentKind kind, ContactId contact, Money total,
                                           Instant since, UUID excludeId);
}
