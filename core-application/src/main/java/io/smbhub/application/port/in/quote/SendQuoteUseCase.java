package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.SendDocumentCommand;

/**
 * Deliver a quote to its contact and mark it SENT only after delivery succeeded (spec smb-hub-prd.md
 * 12.2 B, 12.3.4). Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_ERROR} (no contact,
 * no email, no lines, zero total), {@code INVALID_TRANSITION}, {@code PROVIDER_ERROR} (quote unchanged).
 */
public interface SendQuoteUseCase {
    QuoteView send(Actor actor, SendDocumentCommand command);
}
