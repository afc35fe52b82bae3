package io.smbhub.application.port.out;

import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.shared.TenantId;

import java.util.Optional;

/** A tenant's AI settings (issue 6); at most one row per tenant. */
public interface AiSettingsRepository {

    /** The stored settings, or empty when the tenant never saved any (the caller uses {@link AiSettings#defaults}). */
    Optional<AiSettings> find(TenantId tenant);

    /**
     * Inserts ({@code version} 0) or updates (only if the stored version still equals it) and returns the new version.
     * Errors: {@code CONFLICT} when the stored version moved on.
     */
    long save(AiSettings settings);
}
