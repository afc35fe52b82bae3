package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.SendDocumentCommand;

/**
 * Deliver an invoice to its contact; status becomes SENT only after delivery succeeded (spec
 * smb-hub-prd.md 12.2 C, 12.3.5, Story 5.3). Re-sending an open invoice delivers again. Errors:
 * {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_ERROR}, {@code INVALID_TRANSITION},
 * {@code PROVIDER_ERROR} (invoice unchanged).
 */
public interface SendInvoiceUseCase {
    InvoiceView send(Actor actor, SendDocumentCommand command);
}
