package io.smbhub.application.memory;

import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;

import java.util.List;
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
        if (!tenants.putIfAbsent(tenant.id(), copy(tenant, tenant.version()))) {
            throw new DomainException(ErrorCode.CONFLICT, "Tenant " + tenant.id() + " already exists");
        }
    }

    @Override
    public long save(Tenant tenant) {
        Tenant current = tenants.get(tenant.id()).orElse(null);
        if (current == null || current.version() != tenant.version()) {
            throw new DomainException(ErrorCode.CONFLICT,
                    "Tenant " + tenant.id() + " was changed by someone else; reload it and apply your change again");
        }
        long next = tenant.version() + 1;
        tenants.put(tenant.id(), copy(tenant, next));
        return next;
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return tenants.get(id).map(t -> copy(t, t.version()));
    }

    private static Tenant copy(Tenant t, long version) {
        return Tenant.rehydrate(t.id(), t.name(), t.profileId(), t.profileOverrides(), t.timezone().getId(), t.currency(),
                t.externalOrgId(), t.createdAt(), t.updatedAt(), version);
    }

    @Override
    public Optional<Tenant> findByExternalOrgId(String externalOrgId) {
        return tenants.where(t -> externalOrgId.equals(t.externalOrgId())).stream().findFirst().map(t -> copy(t, t.version()));
    }

    /** Every tenant (copies), unordered: only for the platform-wide reads of {@link InMemoryAiReadModel} and {@link InMemoryAiUsageRepository}. */
    List<Tenant> all() {
        return tenants.where(t -> true).stream().map(t -> copy(t, t.version())).toList();
    }
}
