package io.smbhub.domain.payment;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received against one invoice (spec smb-hub-prd.md 2.1 "Payment", 12.3.6, 12.5): provider, optional
 * provider payment id (unique per tenant and provider; for Stripe the PaymentIntent id), status, amount in the
 * invoice currency, the part of it refunded so far, {@code paidAt} (UTC), a label such as "Cash", and for a
 * provider payment its receipt URL or failure message.
 *
 * <p>Status: SUCCEEDED (captured; possibly partly refunded), REFUNDED (refunded in full), FAILED (an attempt
 * that captured nothing; a later success of the same provider payment replaces it), PENDING (unused yet).
 * {@link #netAmount()} — captured minus refunded — is what the invoice counts as paid.
 */
public final class Payment extends AggregateRoot<PaymentEvent> {

    private final PaymentId id;
    private final TenantId tenantId;
    private final InvoiceId invoiceId;
    private final PaymentProvider provider;
    private final String providerPaymentId;
    private PaymentStatus status;
    private Money amount;
    private Money amountRefunded;
    private Instant paidAt;
    private String methodLabel;
    private String receiptUrl;
    private String failureMessage;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private Payment(PaymentId id, TenantId tenantId, InvoiceId invoiceId, PaymentProvider provider, String providerPaymentId,
                    PaymentStatus status, Money amount, Money amountRefunded, Instant paidAt, String methodLabel,
                    String receiptUrl, String failureMessage, UserId createdBy, Instant createdAt, Instant updatedAt,
                    long version) {
        super(version);
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.invoiceId = Objects.requireNonNull(invoiceId);
        this.provider = Objects.requireNonNull(provider);
        this.providerPaymentId = Text.clean(providerPaymentId);
        this.status = Objects.requireNonNull(status);
        this.amount = Objects.requireNonNull(amount);
        this.amountRefunded = amountRefunded == null ? Money.zero(amount.currency()) : amountRefunded;
        this.paidAt = Objects.requireNonNull(paidAt);
        this.methodLabel = Text.clean(methodLabel);
        this.receiptUrl = Text.clean(receiptUrl);
        this.failureMessage = Text.clean(failureMessage);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    /**
     * A payment recorded by hand, SUCCEEDED at {@code paidAt}; the label defaults to the provider name
     * in title case ("Cash"). The invoice validates the amount ({@code Invoice#applyPayment}).
     */
    public static Payment manual(PaymentId id, TenantId tenantId, InvoiceId invoiceId, PaymentProvider provider,
                                 String reference, Money amount, Instant paidAt, String methodLabel, UserId createdBy,
                                 Instant at) {
        String label = Text.clean(methodLabel) != null ? methodLabel : titleCase(provider);
        Payment payment = new Payment(id, tenantId, invoiceId, provider, reference, PaymentStatus.SUCCEEDED, amount, null,
                paidAt, label, null, null, createdBy, at, at, 0);
        payment.record(new PaymentEvent.PaymentRecorded(id, at));
        return payment;
    }

    /**
     * A payment reported by a payment provider's webhook (spec 12.5): SUCCEEDED when {@code succeeded}, else
     * FAILED with {@code failureMessage}. {@code providerPaymentId} is required: it makes the payment unique.
     * Records {@code payment.succeeded} or {@code payment.failed}.
     */
    public static Payment fromProvider(PaymentId id, TenantId tenantId, InvoiceId invoiceId, PaymentProvider provider,
                                       String providerPaymentId, boolean succeeded, Money amount, Instant paidAt,
                                       String methodLabel, String receiptUrl, String failureMessage, Instant at) {
        if (Text.clean(providerPaymentId) == null) {
            throw DomainException.invalid("provider_payment_id", "A provider payment needs the provider's payment id");
        }
        String label = Text.clean(methodLabel) != null ? methodLabel : titleCase(provider);
        Payment payment = new Payment(id, tenantId, invoiceId, provider, providerPaymentId,
                succeeded ? PaymentStatus.SUCCEEDED : PaymentStatus.FAILED, amount, null, paidAt, label, receiptUrl,
                succeeded ? null : failureMessage, null, at, at, 0);
        payment.record(succeeded ? new PaymentEvent.PaymentRecorded(id, at) : new PaymentEvent.PaymentFailed(id, failureMessage, at));
        return payment;
    }

    /** Reloads a stored payment. */
    public static Payment rehydrate(PaymentId id, TenantId tenantId, InvoiceId invoiceId, PaymentProvider provider,
                                    String providerPaymentId, PaymentStatus status, Money amount, Money amountRefunded,
                                    Instant paidAt, String methodLabel, String receiptUrl, String failureMessage,
                                    UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
        return new Payment(id, tenantId, invoiceId, provider, providerPaymentId, status, amount, amountRefunded, paidAt,
                methodLabel, receiptUrl, failureMessage, createdBy, createdAt, updatedAt, version);
    }

    /**
     * The provider reports this payment captured. A FAILED or PENDING attempt becomes SUCCEEDED with the captured
     * {@code captured} amount; an already captured payment is left as is (a replayed or second event of the same
     * payment). Returns whether anything changed.
     */
    public boolean confirmCaptured(Money captured, Instant capturedAt, String label, String receipt, Instant at) {
        if (status == PaymentStatus.SUCCEEDED || status == PaymentStatus.REFUNDED) {
            if (receiptUrl == null && Text.clean(receipt) != null) {
                receiptUrl = Text.clean(receipt);
            }
            return false;
        }
        this.status = PaymentStatus.SUCCEEDED;
        this.amount = captured;
        this.amountRefunded = Money.zero(captured.currency());
        this.paidAt = capturedAt;
        this.methodLabel = Text.clean(label) != null ? label : methodLabel;
        this.receiptUrl = Text.clean(receipt);
        this.failureMessage = null;
        this.updatedAt = at;
        record(new PaymentEvent.PaymentRecorded(id, at));
        return true;
    }

    /**
     * The provider reports a failed attempt. Only a payment not captured yet records it (a late failure
     * event after success changes nothing). Returns whether anything changed.
     */
    public boolean recordFailure(String message, Instant at) {
        if (status != PaymentStatus.FAILED && status != PaymentStatus.PENDING) {
            return false;
        }
        String cleaned = Text.clean(message);
        if (status == PaymentStatus.FAILED && Objects.equals(cleaned, failureMessage)) {
            return false;
        }
        this.status = PaymentStatus.FAILED;
        this.failureMessage = cleaned;
        this.updatedAt = at;
        record(new PaymentEvent.PaymentFailed(id, cleaned, at));
        return true;
    }

    /**
     * Refunds {@code refund} of this payment (spec 12.3.6 "refund"): the refunded total grows; the status becomes
     * REFUNDED once nothing is left. Records {@code payment.refunded}. Errors as {@link #refusalToRefund(Money)}.
     */
    public void refund(Money refund, String reason, Instant at) {
        refusalToRefund(refund).ifPresent(Refusal::raise);
        this.amountRefunded = amountRefunded.plus(refund);
        if (!refundable().isPositive()) {
            this.status = PaymentStatus.REFUNDED;
        }
        this.updatedAt = at;
        record(new PaymentEvent.PaymentRefunded(id, refund, amountRefunded, Text.clean(reason), at));
    }

    /**
     * Why refunding {@code refund} would be refused: {@code INVALID_TRANSITION} unless SUCCEEDED with something
     * left to refund; {@code VALIDATION_ERROR} on {@code amount} when not above zero, in another currency, or
     * above what is left.
     */
    public Optional<Refusal> refusalToRefund(Money refund) {
        if (status != PaymentStatus.SUCCEEDED) {
            String why = status == PaymentStatus.REFUNDED ? "it is already refunded in full" : "it captured no money";
            return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION, "Payment " + id + " is " + status + ": " + why));
        }
        if (refund == null) {
            return Optional.empty();
        }
        if (!refund.currency().equals(amount.currency())) {
            return Optional.of(Refusal.invalid("amount", "Refund is in " + refund.currency() + " but the payment is in "
                    + amount.currency()));
        }
        if (!refund.isPositive()) {
            return Optional.of(Refusal.invalid("amount", "Refund amount must be greater than zero"));
        }
        if (refund.isGreaterThan(refundable())) {
            return Optional.of(Refusal.invalid("amount", "Refund " + refund + " exceeds the " + refundable()
                    + " left to refund on this payment"));
        }
        return Optional.empty();
    }

    /**
     * The provider reports refunds on this payment totalling {@code cumulative} (never a delta, so replays and
     * out-of-order events converge): the refunded total only grows, capped at the amount. A payment not captured
     * yet is first considered captured (a refund proves the capture). Returns whether anything changed; records
     * {@code payment.refunded} with the difference.
     */
    public boolean syncRefundedTotal(Money cumulative, Instant at) {
        if (!cumulative.currency().equals(amount.currency())) {
            throw DomainException.invalid("currency", "Refunds are in " + cumulative.currency()
                    + " but the payment is in " + amount.currency());
        }
        Money capped = cumulative.isGreaterThan(amount) ? amount : cumulative;
        if (!capped.isGreaterThan(amountRefunded)) {
            return false;
        }
        if (status == PaymentStatus.FAILED || status == PaymentStatus.PENDING) {
            this.status = PaymentStatus.SUCCEEDED;
            this.failureMessage = null;
        }
        Money delta = capped.minus(amountRefunded);
        this.amountRefunded = capped;
        if (!refundable().isPositive()) {
            this.status = PaymentStatus.REFUNDED;
        }
        this.updatedAt = at;
        record(new PaymentEvent.PaymentRefunded(id, delta, amountRefunded, null, at));
        return true;
    }

    /** What may still be refunded: amount − refunded while captured, else zero. */
    public Money refundable() {
        return status == PaymentStatus.SUCCEEDED ? amount.minus(amountRefunded) : Money.zero(amount.currency());
    }

    /** What the invoice counts as paid: amount − refunded for a captured payment, zero otherwise. */
    public Money netAmount() {
        return status == PaymentStatus.SUCCEEDED || status == PaymentStatus.REFUNDED
                ? amount.minus(amountRefunded) : Money.zero(amount.currency());
    }

    private static String titleCase(PaymentProvider provider) {
        return provider.name().charAt(0) + provider.name().substring(1).toLowerCase(Locale.ROOT);
    }

    public PaymentId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public InvoiceId invoiceId() { return invoiceId; }
    public PaymentProvider provider() { return provider; }
    public Optional<String> providerPaymentId() { return Optional.ofNullable(providerPaymentId); }
    public PaymentStatus status() { return status; }
    public Money amount() { return amount; }
    public Money amountRefunded() { return amountRefunded; }
    public Instant paidAt() { return paidAt; }
    public String methodLabel() { return methodLabel; }
    public Optional<String> receiptUrl() { return Optional.ofNullable(receiptUrl); }
    public Optional<String> failureMessage() { return Optional.ofNullable(failureMessage); }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
