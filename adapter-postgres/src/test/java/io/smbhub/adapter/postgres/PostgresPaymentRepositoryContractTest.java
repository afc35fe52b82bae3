package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.PaymentRepositoryContract;

/** {@link PaymentRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresPaymentRepositoryContractTest extends PaymentRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("payment_repository");
    }
}
