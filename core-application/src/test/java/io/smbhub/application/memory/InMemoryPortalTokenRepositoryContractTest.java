package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.PortalTokenRepositoryContract;
import io.smbhub.application.port.out.PortalTokenRepository;

/** {@link PortalTokenRepositoryContract} against the in-memory adapters. */
class InMemoryPortalTokenRepositoryContractTest extends PortalTokenRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected PortalTokenRepository createTokens(PortAdapters adapters) {
        return new InMemoryPortalTokenRepository((InMemoryTransactionRunner) adapters.tx());
    }
}
