package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.WorkItemRepositoryContract;

/** {@link WorkItemRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresWorkItemRepositoryContractTest extends WorkItemRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("work_item_repository");
    }
}
