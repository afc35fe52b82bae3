package io.smbhub.domain.invoice;

import io.smbhub.domain.shared.InvoiceId;

import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.Money;

import java.time.Instant;

/** What happened to an invoice; {@link #action()} is the audit action name. */
public sealed interface InvoiceEvent extends DomainEvent {

    InvoiceId invoiceId();

    record InvoiceCreated(InvoiceId invoiceId, Instant occurredAt) implements InvoiceEvent {
        public String action() { return "invoice.created"; }
    }

    record InvoiceUpdated(InvoiceId invoiceId, Instant occurredAt) implements InvoiceEvent {
        public String action() { return "invoice.updated"; }
    }

    /** Sent for the first time, or re-sent ({@code resent}). */
    record InvoiceSent(InvoiceId invoiceId, boolean resent, Instant occurredAt) implements InvoiceEvent {
        public String action() { return "invoice.sent"; }
    }

    /** A payment of {@code amount} was applied; {@code status} is the invoice status afterwards. */
    record InvoicePaymentApplied(InvoiceId invoiceId, Money amount, InvoiceStatus status, Instant occurredAt)
            implements InvoiceEvent {
        public String action() { return status == InvoiceStatus.PAID ? "invoice.paid" : "invoice.partially_paid"; }
    }

    record InvoiceVoided(InvoiceId invoiceId, String reason, Instant occurredAt) implements InvoiceEvent {
        public String action() { return "invoice.voided"; }
    }

    /**
     * The invoice's payments changed (a provider payment arrived, or a refund): amount paid went from
     * {@code previous} to {@code amountPaid}; {@code status} is the status afterwards.
     */
    record InvoicePaymentsSettled(InvoiceId invoiceId, Money previous, Money amountPaid, InvoiceStatus status,
                                  Instant occurredAt) implements InvoiceEvent {
        public String action() {
            if (amountPaid.isGreaterThan(previous)) {
                return status == InvoiceStatus.PAID ? "invoice.paid" : "invoice.partially_paid";
            }
            return "invoice.refunded";
        }
    }

    /** A payment link for {@code amount} was created, valid until {@code expiresAt}. */
    record InvoicePaymentLinkCreated(InvoiceId invoiceId, Money amount, Instant expiresAt, Instant occurredAt)
            implements InvoiceEvent {
        public String action() { return "invoice.payment_link_created"; }
    }

    /**
     * A payment reminder was queued: automated ({@code manual} false; {@code ar_stage} moved {@code from} →
     * {@code to}) or manual (stage unchanged).
     */
    record InvoiceReminderSent(InvoiceId invoiceId, ArStage from, ArStage to, boolean manual, Instant occurredAt)
            implements InvoiceEvent {
        public String action() { return "invoice.reminder_sent"; }
    }
}
