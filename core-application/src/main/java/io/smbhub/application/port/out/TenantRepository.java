package io.smbhub.application.port.out;

import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;

import java.util.Optional;

/** Tenants (business accounts). */
public interface TenantRepository {
    /** Inserts a new tenant. Errors: {@code CONFLICT} when the external organisation id is taken. */
    void insert(Tenant tenant);

    /**
     * Stores the changed settings of a tenant loaded at {@code tenant.version()} (profile, overrides) and
     * returns the new version. Errors: {@code CONFLICT} when the stored version differs (changed meanwhile).
     */
    long save(Tenant tenant);

    Optional<Tenant> findById(TenantId id);

    Optional<Tenant> findByExternalOrgId(String externalOrgId);
}
