package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.WorkItemRepositoryContract;

/** {@link WorkItemRepositoryContract} against the in-memory adapters. */
class InMemoryWorkItemRepositoryContractTest extends WorkItemRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
