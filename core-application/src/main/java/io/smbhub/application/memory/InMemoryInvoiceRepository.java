package io.smbhub.application.memory;

import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link InvoiceRepository} in memory, for tests and embedders; invoice numbers unique per tenant. */
public final class InMemoryInvoiceRepository implements InvoiceRepository {

    private final InMemoryTable<Invoice> table;

    public InMemoryInvoiceRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Invoice", (i, v) -> Invoice.rehydrate(i.id(), i.tenantId(), i.number(), i.status(),
                i.details(), i.amountPaid(), i.quoteId().orElse(null), i.workItemId().orElse(null), i.lastSentAt().orElse(null),
                i.voidReason().orElse(null), i.createdBy(), i.createdAt(), i.updatedAt(), i.paymentLink().orElse(null),
                i.arStage(), i.lastRemindedAt().orElse(null), v));
    }

    @Override
    public Optional<Invoice> findById(TenantId tenant, InvoiceId id) {
        return table.find(tenant.value(), id.value());
    }

    /** In memory, transactions run one at a time, so the lock is the transaction itself. */
    @Override
    public Optional<Invoice> lockById(TenantId tenant, InvoiceId id) {
        return findById(tenant, id);
    }

    @Override
    public long save(Invoice invoice) {
        if (invoice.version() == 0
                && table.all(invoice.tenantId().value()).stream().anyMatch(i -> i.number().equals(invoice.number()))) {
            throw new DomainException(ErrorCode.CONFLICT, "Invoice number " + invoice.number() + " is already used");
        }
        return table.save(invoice.tenantId().value(), invoice.id().value(), invoice, invoice.version(), Invoice::version);
    }

    @Override
    public List<Invoice> list(TenantId tenant, Filter f, UUID afterId, int limit) {
        return table.list(tenant.value(), i -> (f.status() == null || i.status() == f.status())
                && (f.contactId() == null || Objects.equals(i.details().contactId(), f.contactId()))
                && (f.overdueOn() == null || i.isOverdue(f.overdueOn())),
                i -> i.id().value(), afterId, limit);
    }

    @Override
    public List<OpenTotals> openTotals(TenantId tenant, LocalDate today) {
        Map<String, List<Invoice>> byCurrency = table.all(tenant.value()).stream().filter(i -> i.status().isOpen())
                .collect(Collectors.groupingBy(i -> i.details().currency(), TreeMap::new, Collectors.toList()));
        return byCurrency.entrySet().stream().map(e -> {
            String currency = e.getKey();
            List<Invoice> open = e.getValue();
            List<Invoice> overdue = open.stream().filter(i -> i.isOverdue(today)).toList();
            return new OpenTotals(currency, open.size(), sum(open, currency), overdue.size(), sum(overdue, currency));
        }).toList();
    }

    /** Invoices of every tenant, for {@link InMemoryOverdueInvoiceScan} only. */
    List<Invoice> everyTenant() {
        return table.everyTenant();
    }

    private static Money sum(List<Invoice> invoices, String currency) {
        return invoices.stream().map(Invoice::amountDue).reduce(Money.zero(currency), Money::plus);
    }
}
