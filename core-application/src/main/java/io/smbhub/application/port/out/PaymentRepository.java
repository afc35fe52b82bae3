package io.smbhub.application.port.out;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payments of a tenant; every method is tenant-scoped. */
public interface PaymentRepository {

    /** List filter; every part optional. */
    record Filter(InvoiceId invoiceId, PaymentStatus status) {
    }

    Optional<Payment> findById(TenantId tenant, PaymentId id);

    /** The payment a provider knows as {@code providerPaymentId} (e.g. a Stripe PaymentIntent id), if recorded. */
    Optional<Payment> findByProviderPaymentId(TenantId tenant, PaymentProvider provider, String providerPaymentId);

    /** Every payment of one invoice (any status), oldest first; invoices have few payments. */
    List<Payment> listByInvoice(TenantId tenant, InvoiceId invoiceId);

    /**
     * Inserts a new payment (version 0) or updates a stored one under optimistic locking, and returns its version. Errors: {@code CONFLICT} when the tenant already has a
     * payment with the same provider and provider payment id.
     */
    long save(Payment payment);

    /** Newest first, ids strictly below {@code afterId} when given, at most {@code limit}. */
    List<Payment> list(TenantId tenant, Filter filter, UUID afterId, int limit);

    /**
     * Sum of SUCCEEDED payments net of their refunds (amount − amount refunded) with {@code from ≤ paidAt < to},
     * one entry per currency, sorted by code.
     */
    List<Money> succeededBetween(TenantId tenant, Instant from, Instant to);
}
