package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.AiSettingsRepositoryContract;
import io.smbhub.application.contract.PortAdapters;

/** {@link AiSettingsRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresAiSettingsRepositoryContractTest extends AiSettingsRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("ai_settings");
    }

    @Override
    protected AiAdapters createAi(PortAdapters adapters) {
        return PostgresPortAdapters.ai(adapters);
    }
}
