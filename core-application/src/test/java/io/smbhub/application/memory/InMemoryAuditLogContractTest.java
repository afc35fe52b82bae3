package io.smbhub.application.memory;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.AuditLogContract;

/** {@link AuditLogContract} against the in-memory adapters. */
class InMemoryAuditLogContractTest extends AuditLogContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }
}
