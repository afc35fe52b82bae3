package io.smbhub.application.memory;

import io.smbhub.application.contract.OverdueInvoiceScanContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link OverdueInvoiceScanContract} against the in-memory adapters. */
class InMemoryOverdueInvoiceScanContractTest extends OverdueInvoiceScanContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return InMemoryPortAdapters.inbox(adapters);
    }
}
