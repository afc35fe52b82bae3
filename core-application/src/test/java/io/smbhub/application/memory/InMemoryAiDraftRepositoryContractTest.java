package io.smbhub.application.memory;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.AiDraftRepositoryContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link AiDraftRepositoryContract} against the in-memory adapters. */
class InMemoryAiDraftRepositoryContractTest extends AiDraftRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return InMemoryPortAdapters.ai(adapters);
    }
}
