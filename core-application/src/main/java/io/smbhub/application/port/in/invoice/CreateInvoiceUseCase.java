package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.Actor;

/**
 * Create a DRAFT invoice with the next per-tenant number {@code INV-000001…} (spec smb-hub-prd.md Story
 * 5.1). Errors: {@code FORBIDDEN}, {@code VALIDATION_ERROR} (also for an unknown contact).
 */
public interface CreateInvoiceUseCase {
    InvoiceView create(Actor actor, InvoiceDraft draft);
}
