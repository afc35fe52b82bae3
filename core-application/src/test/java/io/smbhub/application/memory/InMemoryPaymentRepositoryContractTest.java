package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.PaymentRepositoryContract;

/** {@link PaymentRepositoryContract} against the in-memory adapters. */
class InMemoryPaymentRepositoryContractTest extends PaymentRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
