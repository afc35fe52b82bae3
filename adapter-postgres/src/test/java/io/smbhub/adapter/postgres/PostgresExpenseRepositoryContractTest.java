package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.ExpenseRepositoryContract;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.port.out.ExpenseRepository;
import io.smbhub.application.port.out.FileRepository;

/** {@link ExpenseRepositoryContract} against PostgreSQL, on a fresh database for this class. */
class PostgresExpenseRepositoryContractTest extends ExpenseRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("expense_repository");
    }

    @Override
    protected ExpenseRepository createExpenses(PortAdapters adapters) {
        return new JooqExpenseRepository((JdbcTransactionRunner) adapters.tx());
    }

    @Override
    protected FileRepository createFiles(PortAdapters adapters) {
        return new JooqFileRepository((JdbcTransactionRunner) adapters.tx());
    }
}
