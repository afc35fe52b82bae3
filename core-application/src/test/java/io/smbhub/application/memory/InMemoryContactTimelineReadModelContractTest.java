package io.smbhub.application.memory;

import io.smbhub.application.contract.ContactTimelineReadModelContract;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.port.out.ContactTimelineReadModel;

/** {@link ContactTimelineReadModelContract} against the in-memory adapters. */
class InMemoryContactTimelineReadModelContractTest extends ContactTimelineReadModelContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected ContactTimelineReadModel timelineOn(PortAdapters a) {
        return new InMemoryContactTimelineReadModel(a.workItems(), a.quotes(), a.invoices(), a.payments(), a.auditLog());
    }
}
