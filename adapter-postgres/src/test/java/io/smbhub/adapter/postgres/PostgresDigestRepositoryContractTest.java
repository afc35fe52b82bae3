package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.DigestRepositoryContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link DigestRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresDigestRepositoryContractTest extends DigestRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("ai_digests");
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return PostgresPortAdapters.ai(adapters);
    }
}
