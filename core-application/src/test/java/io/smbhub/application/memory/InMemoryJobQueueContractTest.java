package io.smbhub.application.memory;

import io.smbhub.application.contract.JobQueueContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link JobQueueContract} against the in-memory adapters. */
class InMemoryJobQueueContractTest extends JobQueueContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return InMemoryPortAdapters.inbox(adapters);
    }
}
