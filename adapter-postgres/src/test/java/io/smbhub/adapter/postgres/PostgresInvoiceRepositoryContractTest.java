package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.InvoiceRepositoryContract;

/** {@link InvoiceRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresInvoiceRepositoryContractTest extends InvoiceRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("invoice_repository");
    }
}
