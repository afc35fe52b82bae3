package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.IdempotencyStoreContract;

/** {@link IdempotencyStoreContract} against the in-memory adapters. */
class InMemoryIdempotencyStoreContractTest extends IdempotencyStoreContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
