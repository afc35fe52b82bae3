package io.smbhub.application.memory;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.AiReadModelContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link AiReadModelContract} against the in-memory adapters. */
class InMemoryAiReadModelContractTest extends AiReadModelContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return InMemoryPortAdapters.ai(adapters);
    }
}
