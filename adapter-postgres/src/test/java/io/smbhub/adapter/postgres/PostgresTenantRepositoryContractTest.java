package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.TenantRepositoryContract;

/** {@link TenantRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresTenantRepositoryContractTest extends TenantRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("tenant_repository");
    }
}
