package io.smbhub.domain.payment;

import io.smbhub.domain.shared.PaymentId;

import io.smbhub.domain.shared.DomainEvent;

import java.time.Instant;

/** What happened to a payment; {@link #action()} is the audit action name. */
public sealed interface PaymentEvent extends DomainEvent {

    PaymentId paymentId();

    record PaymentRecorded(PaymentId paymentId, Instant occurredAt) implements PaymentEvent {
        public String action() { return "payment.succeeded"; }
    }
}
