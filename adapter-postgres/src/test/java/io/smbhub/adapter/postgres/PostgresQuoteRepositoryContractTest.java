package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.QuoteRepositoryContract;

/** {@link QuoteRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresQuoteRepositoryContractTest extends QuoteRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("quote_repository");
    }
}
