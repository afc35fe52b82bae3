package io.smbhub.application.memory;

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
}
