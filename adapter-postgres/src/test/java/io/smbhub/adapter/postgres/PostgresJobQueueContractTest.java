package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.JobQueueContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link JobQueueContract} against PostgreSQL, on a fresh database for this class. */
class PostgresJobQueueContractTest extends JobQueueContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("job_queue");
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return PostgresPortAdapters.inbox(adapters);
    }
}
