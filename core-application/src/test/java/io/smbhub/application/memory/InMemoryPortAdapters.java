package io.smbhub.application.memory;

import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

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
}
