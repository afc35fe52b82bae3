package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.QuoteRepositoryContract;

/** {@link QuoteRepositoryContract} against the in-memory adapters. */
class InMemoryQuoteRepositoryContractTest extends QuoteRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
