package io.smbhub.application.memory;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.AiSettingsRepositoryContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link AiSettingsRepositoryContract} against the in-memory adapters. */
class InMemoryAiSettingsRepositoryContractTest extends AiSettingsRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return InMemoryPortAdapters.ai(adapters);
    }
}
