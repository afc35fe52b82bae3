package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.ContactRepositoryContract;

/** {@link ContactRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresContactRepositoryContractTest extends ContactRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("contact_repository");
    }
}
