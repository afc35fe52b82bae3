package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.AiReadModelContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link AiReadModelContract} against PostgreSQL, on a fresh database for this class. */
class PostgresAiReadModelContractTest extends AiReadModelContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("ai_read_model");
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return PostgresPortAdapters.ai(adapters);
    }
}
