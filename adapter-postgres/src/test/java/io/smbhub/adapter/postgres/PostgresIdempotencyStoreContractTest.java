package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.contract.IdempotencyStoreContract;

/** {@link IdempotencyStoreContract} against PostgreSQL, on a fresh database for this class. */
class PostgresIdempotencyStoreContractTest extends IdempotencyStoreContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("idempotency_store");
    }
}
