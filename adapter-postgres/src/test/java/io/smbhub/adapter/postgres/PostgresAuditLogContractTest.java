package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.AuditLogContract;

/** {@link AuditLogContract} against PostgreSQL, on a fresh database for this class. */
class PostgresAuditLogContractTest extends AuditLogContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("audit_log");
    }
}
