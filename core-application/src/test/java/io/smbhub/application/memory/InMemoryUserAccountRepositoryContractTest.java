package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.UserAccountRepositoryContract;

/** {@link UserAccountRepositoryContract} against the in-memory adapters. */
class InMemoryUserAccountRepositoryContractTest extends UserAccountRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
