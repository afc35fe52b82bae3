package io.smbhub.application.port.in.payment;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.DomainException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment received outside SMB Hub (spec smb-hub-prd.md 12.3.6): provider CASH, BANK or OTHER (STRIPE
 * payments arrive through the provider), exact {@code amount} in {@code currency} (defaults to the
 * invoice's), {@code paidAt} UTC (defaults to now), optional reference (bank transfer id) and label.
 * Errors: {@code VALIDATION_ERROR} on {@code invoice_id}, {@code provider} or {@code amount}.
 */
public record RecordPaymentCommand(InvoiceId invoiceId, PaymentProvider provider, BigDecimal amount, String currency,
                                   Instant paidAt, String reference, String methodLabel) {
    public RecordPaymentCommand {
        if (invoiceId == null) {
            throw DomainException.invalid("invoice_id", "invoice_id is required");
        }
        provider = provider == null ? PaymentProvider.CASH : provider;
        if (provider == PaymentProvider.STRIPE) {
            throw DomainException.invalid("provider", "Stripe payments are recorded from Stripe; use CASH, BANK or OTHER");
        }
        if (amount == null) {
            throw DomainException.invalid("amount", "amount is required");
        }
    }
}
