package io.smbhub.application.memory;

import io.smbhub.application.contract.ConversationRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link ConversationRepositoryContract} against the in-memory adapters. */
class InMemoryConversationRepositoryContractTest extends ConversationRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return InMemoryPortAdapters.inbox(adapters);
    }
}
