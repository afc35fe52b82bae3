package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.DocumentNumberAllocatorContract;

/** {@link DocumentNumberAllocatorContract} against the in-memory adapters. */
class InMemoryDocumentNumberAllocatorContractTest extends DocumentNumberAllocatorContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
