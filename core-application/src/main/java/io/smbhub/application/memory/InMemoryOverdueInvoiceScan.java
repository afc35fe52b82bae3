package io.smbhub.application.memory;

import io.smbhub.application.port.out.OverdueInvoiceScan;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@link OverdueInvoiceScan} in memory: reads the invoices of every tenant held by an
 * {@link InMemoryInvoiceRepository} (the PostgreSQL adapter does the same through a {@code SECURITY DEFINER}
 * function). Candidates are SENT or PARTIALLY_PAID, due on or before the given date, not yet at stage FINAL,
 * ordered by (tenant id, invoice id) as PostgreSQL orders uuids.
 */
public final class InMemoryOverdueInvoiceScan implements OverdueInvoiceScan {

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.tenantId().value(), InMemoryTable.UNSIGNED)
            .thenComparing(c -> c.invoiceId().value(), InMemoryTable.UNSIGNED);

    private final InMemoryInvoiceRepository invoices;

    public InMemoryOverdueInvoiceScan(InMemoryInvoiceRepository invoices) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
    }

    @Override
    public List<Candidate> candidates(LocalDate dueOnOrBefore, Candidate after, int limit) {
        return invoices.everyTenant().stream()
                .filter(i -> isCandidate(i, dueOnOrBefore))
                .map(i -> new Candidate(i.tenantId(), i.id()))
                .filter(c -> after == null || ORDER.compare(c, after) > 0)
                .sorted(ORDER)
                .limit(limit)
                .toList();
    }

    private static boolean isCandidate(Invoice i, LocalDate dueOnOrBefore) {
        return (i.status() == InvoiceStatus.SENT || i.status() == InvoiceStatus.PARTIALLY_PAID)
                && i.details().dueDate() != null && !i.details().dueDate().isAfter(dueOnOrBefore)
                && i.arStage() != ArStage.FINAL;
    }
}
