package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.InvoiceRepositoryContract;

/** {@link InvoiceRepositoryContract} against the in-memory adapters. */
class InMemoryInvoiceRepositoryContractTest extends InvoiceRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
