package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.InvoiceId;

/**
 * Edit a DRAFT invoice. Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_ERROR},
 * {@code INVALID_TRANSITION} (not a draft), {@code CONFLICT} (stale {@code expectedVersion}).
 */
public interface UpdateInvoiceUseCase {
    InvoiceView update(Actor actor, InvoiceId id, Long expectedVersion, InvoicePatch patch);
}
