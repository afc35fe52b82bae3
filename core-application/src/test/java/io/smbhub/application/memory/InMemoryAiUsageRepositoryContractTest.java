package io.smbhub.application.memory;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.AiUsageRepositoryContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link AiUsageRepositoryContract} against the in-memory adapters. */
class InMemoryAiUsageRepositoryContractTest extends AiUsageRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return InMemoryPortAdapters.ai(adapters);
    }
}
