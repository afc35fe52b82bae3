package io.smbhub.application.port.in.payment;

import io.smbhub.application.port.in.Actor;

/**
 * Record a manual payment and apply it to its invoice in one transaction (spec smb-hub-prd.md 12.3.6).
 * Errors: {@code FORBIDDEN}, {@code VALIDATION_ERROR} (unknown invoice, other currency, amount ≤ 0 or
 * above the amount due), {@code INVALID_TRANSITION} (DRAFT, PAID or VOID invoice).
 */
public interface RecordPaymentUseCase {
    PaymentView record(Actor actor, RecordPaymentCommand command);
}
