package io.smbhub.application.memory;

import io.smbhub.application.contract.TemplateRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link TemplateRepositoryContract} against the in-memory adapters. */
class InMemoryTemplateRepositoryContractTest extends TemplateRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return InMemoryPortAdapters.inbox(adapters);
    }
}
