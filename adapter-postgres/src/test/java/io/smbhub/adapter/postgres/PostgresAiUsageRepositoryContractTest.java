package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.AiUsageRepositoryContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link AiUsageRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresAiUsageRepositoryContractTest extends AiUsageRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("ai_usage");
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return PostgresPortAdapters.ai(adapters);
    }
}
