package io.smbhub.application.memory;

import io.smbhub.application.contract.FileRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link FileRepositoryContract} against the in-memory adapters. */
class InMemoryFileRepositoryContractTest extends FileRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return InMemoryPortAdapters.inbox(adapters);
    }
}
