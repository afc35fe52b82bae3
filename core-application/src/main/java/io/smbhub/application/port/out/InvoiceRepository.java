package io.smbhub.application.port.out;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invoices of a tenant; every method is tenant-scoped. Invoice numbers are unique per tenant. */
public interface InvoiceRepository {

    /**
     * List filter; every part optional. {@code overdueOn} keeps only invoices overdue on that
     * tenant-local date (open, due date before it, amount due above zero).
     */
    record Filter(InvoiceStatus status, ContactId contactId, LocalDate overdueOn) {
    }

    /** Open (SENT or PARTIALLY_PAID) invoices of one currency: count and amount due, and the overdue part. */
    record OpenTotals(String currency, long openCount, Money amountDue, long overdueCount, Money overdueAmount) {
    }

    Optional<Invoice> findById(TenantId tenant, InvoiceId id);

    /**
     * As {@link #findById}, and holds the invoice's row lock until the transaction ends, so concurrent payment
     * events of one invoice apply one after the other.
     */
    Optional<Invoice> lockById(TenantId tenant, InvoiceId id);

    /** Insert or optimistic update, as {@link ContactRepository#save}. Errors: {@code CONFLICT}. */
    long save(Invoice invoice);

    /** Newest first, ids strictly below {@code afterId} when given, at most {@code limit}. */
    List<Invoice> list(TenantId tenant, Filter filter, UUID afterId, int limit);

    /** Open totals per currency, overdue judged on {@code today}; currencies sorted by code. */
    List<OpenTotals> openTotals(TenantId tenant, LocalDate today);
}
