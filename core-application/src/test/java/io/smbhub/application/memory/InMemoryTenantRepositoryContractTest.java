package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.TenantRepositoryContract;

/** {@link TenantRepositoryContract} against the in-memory adapters. */
class InMemoryTenantRepositoryContractTest extends TenantRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
