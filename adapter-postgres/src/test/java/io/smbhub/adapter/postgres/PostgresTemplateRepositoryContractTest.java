package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.TemplateRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** {@link TemplateRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresTemplateRepositoryContractTest extends TemplateRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("template_repository");
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return PostgresPortAdapters.inbox(adapters);
    }
}
