package io.smbhub.domain.payment;

import io.smbhub.domain.shared.PaymentId;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received against one invoice (spec smb-hub-prd.md 2.1 "Payment", 12.3.6): provider, optional
 * provider payment id (unique per tenant and provider), status, amount in the invoice currency,
 * {@code paidAt} (UTC) and a label such as "Cash".
 */
public final class Payment extends AggregateRoot<PaymentEvent> {

    private final PaymentId id;
    private final TenantId tenantId;
    private final InvoiceId invoiceId;
    private final PaymentProvider provider;
    private final String providerPaymentId;
    private final PaymentStatus status;
    private final Money amount;
    private final Instant paidAt;
    private final String methodLabel;
    private final UserId createdBy;
    private final Instant createdAt;

    private Payment(PaymentId id, TenantId tenantId, InvoiceId invoiceId, PaymentProvider provider, String providerPaymentId,
                    PaymentStatus status, Money amount, Instant paidAt, String methodLabel, UserId createdBy, Instant createdAt,
                    long version) {
        super(version);
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.invoiceId = Objects.requireNonNull(invoiceId);
        this.provider = Objects.requireNonNull(provider);
        this.providerPaymentId = Text.clean(providerPaymentId);
        this.status = Objects.requireNonNull(status);
        this.amount = Objects.requireNonNull(amount);
        this.paidAt = Objects.requireNonNull(paidAt);
        this.methodLabel = Text.clean(methodLabel);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * A payment recorded by hand, SUCCEEDED at {@code paidAt}; the label defaults to the provider name
     * in title case ("Cash"). The invoice validates the amount ({@code Invoice#applyPayment}).
     */
    public static Payment manual(PaymentId id, TenantId tenantId, InvoiceId invoiceId, PaymentProvider provider,
                                 String reference, Money amount, Instant paidAt, String methodLabel, UserId createdBy,
                                 Instant at) {
        String label = Text.clean(methodLabel) != null ? methodLabel
                : provider.name().charAt(0) + provider.name().substring(1).toLowerCase(Locale.ROOT);
        Payment payment = new Payment(id, tenantId, invoiceId, provider, reference, PaymentStatus.SUCCEEDED, amount, paidAt,
                label, createdBy, at, 0);
        payment.record(new PaymentEvent.PaymentRecorded(id, at));
        return payment;
    }

    /** Reloads a stored payment. */
    public static Payment rehydrate(PaymentId id, TenantId tenantId, InvoiceId invoiceId, PaymentProvider provider,
                                    String providerPaymentId, PaymentStatus status, Money amount, Instant paidAt,
                                    String methodLabel, UserId createdBy, Instant createdAt, long version) {
        return new Payment(id, tenantId, invoiceId, provider, providerPaymentId, status, amount, paidAt, methodLabel,
                createdBy, createdAt, version);
    }

    public PaymentId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public InvoiceId invoiceId() { return invoiceId; }
    public PaymentProvider provider() { return provider; }
    public Optional<String> providerPaymentId() { return Optional.ofNullable(providerPaymentId); }
    public PaymentStatus status() { return status; }
    public Money amount() { return amount; }
    public Instant paidAt() { return paidAt; }
    public String methodLabel() { return methodLabel; }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
