package io.smbhub.application.port.in.payment;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.PaymentId;

import java.math.BigDecimal;

/**
 * {@code POST /v1/payments/{id}/refund} (spec smb-hub-prd.md 12.3.6): refunds all or part of a payment. A Stripe
 * payment is refunded through Stripe first (idempotency key derived from the payment and what was refunded so
 * far, so a retried request refunds once); a CASH, BANK or OTHER payment records a refund made outside the
 * system. The payment's refunded amount and status (REFUNDED when nothing is left) and the invoice's amount
 * paid, amount due and status follow in one transaction; audited {@code payment.refunded} and
 * {@code invoice.refunded}.
 *
 * <p>Errors: {@code NOT_FOUND}; {@code FORBIDDEN}; {@code CAPABILITY_DISABLED} ({@code payments});
 * {@code INVALID_TRANSITION} when nothing is left to refund; {@code VALIDATION_ERROR} on {@code amount}
 * (not above zero, above what is left, too many decimals); {@code UNAVAILABLE} / {@code PROVIDER_ERROR} for a
 * Stripe payment when Stripe is not configured or refused (nothing changed then).
 */
public interface RefundPaymentUseCase {

    /**
     * @param amount decimal amount in the payment currency, or null for everything left to refund
     * @param reason free text kept in the audit log (and Stripe metadata), may be null
     */
    PaymentView refund(Actor actor, PaymentId paymentId, BigDecimal amount, String reason);
}
