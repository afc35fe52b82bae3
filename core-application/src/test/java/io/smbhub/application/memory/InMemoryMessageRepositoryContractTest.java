package io.smbhub.application.memory;

import io.smbhub.application.contract.MessageRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link MessageRepositoryContract} against the in-memory adapters. */
class InMemoryMessageRepositoryContractTest extends MessageRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return InMemoryPortAdapters.inbox(adapters);
    }
}
