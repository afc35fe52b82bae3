package io.smbhub.application.port.out;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.List;

/**
 * The one cross-tenant read of the collections scheduler (issue 5 "A scheduler evaluates due reminders"): ids of
 * invoices in every tenant that might owe a reminder — SENT or PARTIALLY_PAID, due date on or before
 * {@code dueOnOrBefore}, {@code ar_stage} not yet FINAL. Only ids cross the tenant boundary; each candidate is then
 * loaded and decided in its own tenant's transaction under row-level security.
 */
public interface OverdueInvoiceScan {

    /** A candidate: tenant and invoice. */
    record Candidate(TenantId tenantId, InvoiceId invoiceId) {
    }

    /** Candidates ordered by (tenant id, invoice id), strictly after {@code after} when given, at most {@code limit}. */
    List<Candidate> candidates(LocalDate dueOnOrBefore, Candidate after, int limit);
}
