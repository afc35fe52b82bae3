package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.InvoiceId;

/**
 * Void a DRAFT or SENT invoice with an optional reason (spec smb-hub-prd.md 12.3.5). Errors:
 * {@code FORBIDDEN}, {@code NOT_FOUND}, {@code INVALID_TRANSITION} (payments recorded, or already void).
 */
public interface VoidInvoiceUseCase {
    InvoiceView voidInvoice(Actor actor, InvoiceId id, String reason);
}
