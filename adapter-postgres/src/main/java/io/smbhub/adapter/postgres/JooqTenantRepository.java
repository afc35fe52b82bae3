package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Tenants;
import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Record;

import java.util.Objects;
import java.util.Optional;

/** {@link TenantRepository} on PostgreSQL ({@code tenants}, a global table; overrides in {@code profile_overrides} jsonb). */
public final class JooqTenantRepository implements TenantRepository {

    private final JdbcTransactionRunner tx;

    public JooqTenantRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void insert(Tenant tenant) {
        int inserted = SqlSupport.write("Tenant " + tenant.id(), () -> tx.dsl()
                .insertInto(Tenants.TABLE)
                .set(Tenants.ID, tenant.id().value())
                .set(Tenants.NAME, tenant.name())
                .set(Tenants.PROFILE_ID, tenant.profileId())
                .set(Tenants.TIMEZONE, tenant.timezone().getId())
                .set(Tenants.CURRENCY, tenant.currency())
                .set(Tenants.EXTERNAL_ORG_ID, tenant.externalOrgId())
                .set(Tenants.CREATED_AT, SqlSupport.micros(tenant.createdAt()))
                .set(Tenants.UPDATED_AT, SqlSupport.micros(tenant.updatedAt()))
                .set(Tenants.PROFILE_OVERRIDES, JsonColumns.map(tenant.profileOverrides()))
                .set(Tenants.VERSION, tenant.version())
                .onConflictDoNothing()
                .execute());
        if (inserted == 0) {
            throw new DomainException(ErrorCode.CONFLICT, duplicateMessage(tenant));
        }
    }

    @Override
    public long save(Tenant tenant) {
        long next = tenant.version() + 1;
        int updated = tx.dsl().update(Tenants.TABLE)
                .set(Tenants.PROFILE_ID, tenant.profileId())
                .set(Tenants.PROFILE_OVERRIDES, JsonColumns.map(tenant.profileOverrides()))
                .set(Tenants.UPDATED_AT, SqlSupport.micros(tenant.updatedAt()))
                .set(Tenants.VERSION, next)
                .where(Tenants.ID.eq(tenant.id().value()), Tenants.VERSION.eq(tenant.version()))
                .execute();
        if (updated == 0) {
            throw SqlSupport.staleVersion("Tenant " + tenant.id());
        }
        return next;
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return tx.dsl().select(Tenants.ALL).from(Tenants.TABLE).where(Tenants.ID.eq(id.value()))
                .fetchOptional().map(JooqTenantRepository::toTenant);
    }

    @Override
    public Optional<Tenant> findByExternalOrgId(String externalOrgId) {
        return tx.dsl().select(Tenants.ALL).from(Tenants.TABLE).where(Tenants.EXTERNAL_ORG_ID.eq(externalOrgId))
                .fetchOptional().map(JooqTenantRepository::toTenant);
    }

    private String duplicateMessage(Tenant tenant) {
        if (tenant.externalOrgId() != null && findByExternalOrgId(tenant.externalOrgId()).isPresent()) {
            return "Organisation " + tenant.externalOrgId() + " is already linked to a business";
        }
        return "Tenant " + tenant.id() + " already exists";
    }

    private static Tenant toTenant(Record r) {
        return Tenant.rehydrate(new TenantId(r.get(Tenants.ID)), r.get(Tenants.NAME), r.get(Tenants.PROFILE_ID),
                JsonColumns.map(r.get(Tenants.PROFILE_OVERRIDES)), r.get(Tenants.TIMEZONE), r.get(Tenants.CURRENCY),
                r.get(Tenants.EXTERNAL_ORG_ID), r.get(Tenants.CREATED_AT), r.get(Tenants.UPDATED_AT), r.get(Tenants.VERSION));
    }
}
