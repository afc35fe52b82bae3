package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.ContactRepositoryContract;

/** {@link ContactRepositoryContract} against the in-memory adapters. */
class InMemoryContactRepositoryContractTest extends ContactRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
