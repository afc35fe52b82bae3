package io.smbhub.domain.payment;

import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.PaymentId;

import java.time.Instant;

/** What happened to a payment; {@link #action()} is the audit action name. */
public sealed interface PaymentEvent extends DomainEvent {

    PaymentId paymentId();

    /** Money was captured (recorded by hand, or reported by the provider). */
    record PaymentRecorded(PaymentId paymentId, Instant occurredAt) implements PaymentEvent {
        public String action() { return "payment.succeeded"; }
    }

    /** A provider payment attempt failed; {@code message} is the provider's reason. */
    record PaymentFailed(PaymentId paymentId, String message, Instant occurredAt) implements PaymentEvent {
        public String action() { return "payment.failed"; }
    }

    /** {@code amount} was refunded; refunds now total {@code totalRefunded}; {@code reason} may be null. */
    record PaymentRefunded(PaymentId paymentId, Money amount, Money totalRefunded, String reason, Instant occurredAt)
            implements PaymentEvent {
        public String action() { return "payment.refunded"; }
    }
}
