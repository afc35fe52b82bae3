package io.smbhub.application.memory;

import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;

import java.util.Optional;

/** {@link TenantRepository} in memory. */
public final class InMemoryTenantRepository implements TenantRepository {

    private final InMemoryMap<TenantId, Tenant> tenants;

    public InMemoryTenantRepository(InMemoryTransactionRunner tx) {
        tenants = new InMemoryMap<>(tx);
    }

    @Override
    public void insert(Tenant tenant) {
        if (tenant.externalOrgId() != null && findByExternalOrgId(tenant.externalOrgId()).isPresent()) {
            throw new DomainException(ErrorCode.CONFLICT, "Organisation " + tenant.externalOrgId() + " is already linked to a business");
        }
        if (!tenants.putIfAbsent(tenant.id(), tenant)) {
            throw new DomainException(ErrorCode.CONFLICT, "Tenant " + tenant.id() + " already exists");
        }
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return tenants.get(id);
    }

    @Override
    public Optional<Tenant> findByExternalOrgId(String externalOrgId) {
        return tenants.where(t -> externalOrgId.equals(t.externalOrgId())).stream().findFirst();
    }
}
