package io.smbhub.application.memory;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.DigestRepositoryContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link DigestRepositoryContract} against the in-memory adapters. */
class InMemoryDigestRepositoryContractTest extends DigestRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return InMemoryPortAdapters.ai(adapters);
    }
}
