package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.FileRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link FileRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresFileRepositoryContractTest extends FileRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("file_repository");
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return PostgresPortAdapters.inbox(adapters);
    }
}
