package io.smbhub.application.port.in.payment;

import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.Money;

import java.time.Instant;
import java.util.UUID;

/** A payment as clients read it (spec smb-hub-prd.md 2.1 "Payment"); times UTC. */
public record PaymentView(UUID id, UUID invoiceId, PaymentProvider provider, String providerPaymentId,
                          PaymentStatus status, Money amount, Instant paidAt, String methodLabel, Instant createdAt) {
    public static PaymentView of(Payment p) {
        return new PaymentView(p.id().value(), p.invoiceId().value(), p.provider(), p.providerPaymentId().orElse(null),
                p.status(), p.amount(), p.paidAt(), p.methodLabel(), p.createdAt());
    }
}
