package io.smbhub.application.port.out;

import io.smbhub.domain.inbox.EmailSettings;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;

/**
 * A tenant's email settings (issue 5, white-label sender and custom SMTP). The SMTP password is sealed at rest
 * (AES-256-GCM in the PostgreSQL adapter) and unsealed only when read here. Tenant-scoped.
 */
public interface EmailSettingsRepository {

    /** Stored settings with their version (≥ 1) and last change (UTC). */
    record Stored(EmailSettings settings, long version, Instant updatedAt) {
    }

    Optional<Stored> find(TenantId tenant);

    /**
     * Stores {@code settings} if the stored version still equals {@code expectedVersion} (0 = none stored yet) and
     * returns the new version. Errors: {@code CONFLICT} when it moved on.
     */
    long save(TenantId tenant, EmailSettings settings, long expectedVersion, Instant at);
}
