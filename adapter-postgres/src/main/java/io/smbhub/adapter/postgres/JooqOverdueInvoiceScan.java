package io.smbhub.adapter.postgres;

import io.smbhub.application.port.out.OverdueInvoiceScan;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link OverdueInvoiceScan} on PostgreSQL: calls the {@code SECURITY DEFINER} function
 * {@code overdue_invoice_candidates(date, uuid, uuid, integer)} (V6), the only read of {@code invoices} across
 * tenants the application role can make, and only of (tenant id, invoice id) pairs. Runs in its own transaction
 * without a tenant when none is open (and joins an open one).
 */
public final class JooqOverdueInvoiceScan implements OverdueInvoiceScan {

    private final JdbcTransactionRunner tx;

    public JooqOverdueInvoiceScan(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public List<Candidate> candidates(LocalDate dueOnOrBefore, Candidate after, int limit) {
        Objects.requireNonNull(dueOnOrBefore, "dueOnOrBefore");
        UUID afterTenant = after == null ? null : after.tenantId().value();
        UUID afterInvoice = after == null ? null : after.invoiceId().value();
        return tx.withoutTenant(() -> tx.dsl()
                .fetch("select tenant_id, invoice_id from overdue_invoice_candidates(?::date, ?::uuid, ?::uuid, ?)",
                        dueOnOrBefore, afterTenant, afterInvoice, limit)
                .map(r -> new Candidate(new TenantId(r.get(0, UUID.class)), new InvoiceId(r.get(1, UUID.class)))));
    }
}
