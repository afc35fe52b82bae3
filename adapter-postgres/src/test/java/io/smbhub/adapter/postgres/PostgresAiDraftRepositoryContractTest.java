package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.AiDraftRepositoryContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link AiDraftRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresAiDraftRepositoryContractTest extends AiDraftRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("ai_drafts");
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return PostgresPortAdapters.ai(adapters);
    }
}
