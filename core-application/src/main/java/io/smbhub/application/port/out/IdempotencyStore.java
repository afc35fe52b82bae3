package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers client idempotency keys per {@code (tenant, operation, key)} (spec smb-hub-prd.md 12.1
 * "Idempotency"). Used inside the transaction of the operation it guards, so a rolled-back operation
 * leaves no key behind.
 */
public interface IdempotencyStore {

    /** A remembered key: the request fingerprint and the operation's result ({@code null} while running). */
    record Entry(String fingerprint, String result) {
    }

    /**
     * Claims the key; returns false when it already exists (committed by an earlier request). When a
     * concurrent transaction holds the same key, waits for it to finish.
     */
    boolean reserve(TenantId tenant, String operation, String key, String fingerprint, Instant at);

    Optional<Entry> find(TenantId tenant, String operation, String key);

    /** Stores the result of a reserved key. */
    void complete(TenantId tenant, String operation, String key, String result);
}
