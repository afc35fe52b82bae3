package io.smbhub.application.memory;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.domain.ai.DigestFigures;
import io.smbhub.domain.expense.ExpenseStatus;

/** The in-memory adapters of every persistence port on one {@link InMemoryTransactionRunner}, for the port contracts. */
final class InMemoryPortAdapters {

    private InMemoryPortAdapters() {
    }

    static PortAdapters create() {
        InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
        return new PortAdapters(tx, new InMemoryTenantRepository(tx), new InMemoryUserAccountRepository(tx),
                new InMemoryContactRepository(tx), new InMemoryWorkItemRepository(tx), new InMemoryQuoteRepository(tx),
                new InMemoryInvoiceRepository(tx), new InMemoryPaymentRepository(tx), new InMemoryDocumentNumberAllocator(tx),
                new InMemoryAuditLog(tx), new InMemoryIdempotencyStore(tx), () -> { });
    }

    /** The in-memory adapters of the issue-5 ports on the store and transaction runner of {@code adapters}. */
    static InboxAdapters inbox(PortAdapters adapters) {
        InMemoryTransactionRunner tx = (InMemoryTransactionRunner) adapters.tx();
        return new InboxAdapters(new InMemoryConversationRepository(tx, adapters.contacts()),
                new InMemoryMessageRepository(tx), new InMemoryFileRepository(tx), new InMemoryTemplateRepository(tx),
                new InMemoryEmailSettingsRepository(tx),
                new InMemoryOverdueInvoiceScan((InMemoryInvoiceRepository) adapters.invoices()), new InMemoryJobQueue(tx));
    }

    /**
     * The in-memory adapters of the issue-6 ports on the store and transaction runner of {@code adapters}; the read
     * model reads expenses from an {@link InMemoryExpenseRepository} (non-rejected expenses of the day, in id order).
     */
    static AiAdapters ai(PortAdapters adapters) {
        InMemoryTransactionRunner tx = (InMemoryTransactionRunner) adapters.tx();
        InMemoryTenantRepository tenants = (InMemoryTenantRepository) adapters.tenants();
        InMemoryAiDraftRepository drafts = new InMemoryAiDraftRepository(tx);
        InMemoryAiSettingsRepository settings = new InMemoryAiSettingsRepository(tx);
        InMemoryExpenseRepository expenses = new InMemoryExpenseRepository(tx);
        InMemoryAiReadModel readModel = new InMemoryAiReadModel(tenants, adapters.invoices(), adapters.payments(),
                adapters.workItems(), adapters.quotes(), drafts, (tenant, day) -> expenses.listDated(tenant, day, day)
                .stream().filter(e -> e.status() != ExpenseStatus.REJECTED)
                .map(e -> new DigestFigures.TopExpense(e.details().vendor(), e.details().category(), e.details().amount()))
                .toList());
        return new AiAdapters(drafts, settings, new InMemorySopRuleRepository(tx), new InMemoryDigestRepository(tx),
                new InMemoryAiUsageRepository(tx, tenants, settings), readModel, expenses);
    }
}
