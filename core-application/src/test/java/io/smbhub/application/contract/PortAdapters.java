package io.smbhub.application.contract;

import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.DocumentNumberAllocator;
import io.smbhub.application.port.out.IdempotencyStore;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.port.out.WorkItemRepository;

/**
 * One implementation of every persistence port, sharing one store and one {@link TransactionRunner}, as
 * a port contract test runs them. Contracts only ever call the ports inside {@code tx}, because database
 * adapters work only inside a transaction. {@code close} releases the store (e.g. drops a test database).
 */
public record PortAdapters(TransactionRunner tx, TenantRepository tenants, UserAccountRepository users,
                           ContactRepository contacts, WorkItemRepository workItems, QuoteRepository quotes,
                           InvoiceRepository invoices, PaymentRepository payments, DocumentNumberAllocator numbers,
                           AuditLog auditLog, IdempotencyStore idempotency, AutoCloseable resources)
        implements AutoCloseable {

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
