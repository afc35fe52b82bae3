package io.smbhub.application.memory;

import io.smbhub.application.contract.ExpenseRepositoryContract;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.application.port.out.ExpenseRepository;
import io.smbhub.application.port.out.FileRepository;

/** {@link ExpenseRepositoryContract} against the in-memory adapters. */
class InMemoryExpenseRepositoryContractTest extends ExpenseRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return InMemoryPortAdapters.create();
    }

    @Override
    protected ExpenseRepository createExpenses(PortAdapters adapters) {
        return new InMemoryExpenseRepository((InMemoryTransactionRunner) adapters.tx());
    }

    @Override
    protected FileRepository createFiles(PortAdapters adapters) {
        return new InMemoryFileRepository((InMemoryTransactionRunner) adapters.tx());
    }
}
