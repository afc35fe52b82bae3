package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.ContactTimelineReadModelContract;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.port.out.ContactTimelineReadModel;

/** {@link ContactTimelineReadModelContract} against PostgreSQL, on a fresh database for this class. */
class PostgresContactTimelineReadModelContractTest extends ContactTimelineReadModelContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("contact_timeline");
    }

    @Override
    protected ContactTimelineReadModel timelineOn(PortAdapters a) {
        return new JooqContactTimelineReadModel((JdbcTransactionRunner) a.tx());
    }
}
