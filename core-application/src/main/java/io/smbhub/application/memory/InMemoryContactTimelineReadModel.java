package io.smbhub.application.memory;

import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.ContactTimelineReadModel;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.TenantId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link ContactTimelineReadModel} over the other in-memory ports: reads every linked row of the contact, then
 * sorts and cuts in memory (fine for tests; the PostgreSQL adapter does it in one query).
 */
public final class InMemoryContactTimelineReadModel implements ContactTimelineReadModel {

    /** The read model's order: at descending, kind, id ascending (unsigned). */
    private static final Comparator<Position> ORDER = Comparator.comparing(Position::at, Comparator.reverseOrder())
            .thenComparing(Position::kind)
            .thenComparing(Position::id, InMemoryTable.UNSIGNED);

    private final WorkItemRepository workItems;
    private final QuoteRepository quotes;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final AuditLog auditLog;

    public InMemoryContactTimelineReadModel(WorkItemRepository workItems, QuoteRepository quotes,
                                            InvoiceRepository invoices, PaymentRepository payments, AuditLog auditLog) {
        this.workItems = workItems;
        this.quotes = quotes;
        this.invoices = invoices;
        this.payments = payments;
        this.auditLog = auditLog;
    }

    @Override
    public List<Entry> list(TenantId tenant, ContactId contact, Scope scope, Position after, int limit) {
        List<Entry> rows = new ArrayList<>();
        if (scope.kinds().contains(Kind.WORK_ITEM)) {
            workItems.list(tenant, new WorkItemRepository.Filter(null, null, scope.assignedTo(), contact, null), null,
                    Integer.MAX_VALUE).forEach(w -> rows.add(new Entry(Kind.WORK_ITEM, w.id().value(), w.createdAt(),
                    w.details().title(), w.status().name(), null)));
        }
        if (scope.kinds().contains(Kind.QUOTE)) {
            quotes.list(tenant, new QuoteRepository.Filter(scope.draftsOnly() ? QuoteStatus.DRAFT : null, contact), null,
                    Integer.MAX_VALUE).forEach(q -> rows.add(new Entry(Kind.QUOTE, q.id().value(), q.createdAt(),
                    q.number(), q.status().name(), q.totals().total())));
        }
        List<Invoice> contactInvoices = invoices.list(tenant, new InvoiceRepository.Filter(null, contact, null), null,
                Integer.MAX_VALUE);
        if (scope.kinds().contains(Kind.INVOICE)) {
            contactInvoices.stream().filter(i -> !scope.draftsOnly() || i.status() == InvoiceStatus.DRAFT)
                    .forEach(i -> rows.add(new Entry(Kind.INVOICE, i.id().value(), i.createdAt(), i.number(),
                            i.status().name(), i.totals().total())));
        }
        if (scope.kinds().contains(Kind.PAYMENT)) {
            for (Invoice invoice : contactInvoices) {
                payments.list(tenant, new PaymentRepository.Filter(invoice.id(), null), null, Integer.MAX_VALUE)
                        .forEach(p -> rows.add(new Entry(Kind.PAYMENT, p.id().value(), p.createdAt(), invoice.number(),
                                p.status().name(), p.amount())));
            }
        }
        if (scope.kinds().contains(Kind.AUDIT)) {
            auditLog.list(tenant, AuditLog.Filter.entity(CONTACT_ENTITY_TYPE, contact.value()), null, Integer.MAX_VALUE)
                    .forEach(e -> rows.add(new Entry(Kind.AUDIT, e.id(), e.at(), e.action(), null, null)));
        }
        return rows.stream()
                .filter(e -> after == null || ORDER.compare(e.position(), after) > 0)
                .sorted(Comparator.comparing(Entry::position, ORDER)).limit(limit).toList();
    }
}
