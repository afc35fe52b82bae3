package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.UserAccountRepositoryContract;

/** {@link UserAccountRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresUserAccountRepositoryContractTest extends UserAccountRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("user_account_repository");
    }
}
