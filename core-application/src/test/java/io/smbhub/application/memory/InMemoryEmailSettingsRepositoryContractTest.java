package io.smbhub.application.memory;

import io.smbhub.application.contract.EmailSettingsRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link EmailSettingsRepositoryContract} against the in-memory adapters. */
class InMemoryEmailSettingsRepositoryContractTest extends EmailSettingsRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return InMemoryPortAdapters.inbox(adapters);
    }
}
