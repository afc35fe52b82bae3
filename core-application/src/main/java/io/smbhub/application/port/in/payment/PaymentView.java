package io.smbhub.application.port.in.payment;

import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payment as clients read it (spec smb-hub-prd.md 2.1 "Payment"); money in the payment currency (the
 * invoice's): {@code amount} captured, {@code amountRefunded} so far; times UTC; {@code receiptUrl} and
 * {@code failureMessage} only for provider payments; {@code allowedActions} e.g. {@code refund} (spec 12.7).
 */
public record PaymentView(UUID id, UUID invoiceId, PaymentProvider provider, String providerPaymentId,
                          PaymentStatus status, Money amount, Money amountRefunded, Instant paidAt, String methodLabel,
                          String receiptUrl, String failureMessage, Instant createdAt, Instant updatedAt,
                          List<String> allowedActions) {
    /** The view without allowed actions (audit snapshots, lists computed elsewhere). */
    public static PaymentView of(Payment p) {
        return of(p, List.of());
    }

    public static PaymentView of(Payment p, List<String> allowedActions) {
        return new PaymentView(p.id().value(), p.invoiceId().value(), p.provider(), p.providerPaymentId().orElse(null),
                p.status(), p.amount(), p.amountRefunded(), p.paidAt(), p.methodLabel(), p.receiptUrl().orElse(null),
                p.failureMessage().orElse(null), p.createdAt(), p.updatedAt(), List.copyOf(allowedActions));
    }
}
