package io.smbhub.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Raw provider webhook events as received (spec smb-hub-prd.md 12.5, table {@code webhook_events}): one row per
 * (provider, provider event id), stored before the delivery is acknowledged and processed later by a job.
 * Platform-level: the tenant is only known after the payload is translated.
 */
public interface WebhookEventStore {

    /** RECEIVED (stored, not processed yet), PROCESSED, IGNORED (nothing to do, with reason), FAILED (gave up). */
    enum Status { RECEIVED, PROCESSED, IGNORED, FAILED }

    /** Stores the event unless the same (provider, provider event id) exists; true when stored now. */
    boolean storeIfAbsent(StoredEvent event);

    Optional<StoredEvent> find(String provider, String providerEventId);

    /** Sets the outcome of processing: status, optional note (why ignored or failed), when. */
    void markOutcome(String provider, String providerEventId, Status status, String note, Instant at);

    /** One stored event; {@code payload} is the exact body received. */
    record StoredEvent(UUID id, String provider, String providerEventId, String type, String payload, Status status,
                       String note, Instant receivedAt, Instant processedAt) {
    }
}
