package io.smbhub.application.port.out;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * Calls to an online payment provider (Stripe today; spec smb-hub-prd.md 3.2 Flow C, 12.5): hosted checkout
 * for an invoice's amount due, and refunds. Implementations retry only retryable failures, bound every call
 * with a timeout, and pass {@code idempotencyKey} to the provider so a retried call never creates twice.
 * Every method throws {@code DomainException(PROVIDER_ERROR)} when the provider refused or could not be
 * reached, and {@code DomainException(UNAVAILABLE)} when no provider is configured.
 */
public interface PaymentGateway {

    /** False when no provider credentials are configured; calls then fail with {@code UNAVAILABLE}. */
    boolean configured();

    /** Creates a hosted checkout page for {@code request.amount()}; the provider's page URL is in the result. */
    CheckoutLink createCheckout(CheckoutRequest request);

    /** Refunds {@code request.amount()} of a captured provider payment. */
    ProviderRefund refund(RefundRequest request);

    /**
     * Whose provider account a call runs on: the platform's own ({@link #PLATFORM}), a connected account of
     * the platform ({@code connectedAccountId}, e.g. {@code acct_…}), or the tenant's own secret key.
     */
    record Account(String connectedAccountId, String secretKey) {
        public static final Account PLATFORM = new Account(null, null);
    }

    /**
     * One checkout for one invoice. {@code amount} is the amount due in the invoice currency (minor units
     * are derived by the adapter); {@code tenantId} and {@code invoiceId} travel as provider metadata
     * ({@code tenant_id}, {@code invoice_id}) on the checkout and on the payment it creates, so webhooks find
     * the invoice. {@code successUrl}/{@code cancelUrl} are absolute URLs the customer returns to.
     */
    record CheckoutRequest(TenantId tenantId, InvoiceId invoiceId, String invoiceNumber, String businessName,
                           Money amount, String customerEmail, String successUrl, String cancelUrl,
                           String idempotencyKey, Account account) {
        public CheckoutRequest {
            Objects.requireNonNull(tenantId);
            Objects.requireNonNull(invoiceId);
            Objects.requireNonNull(amount);
            Objects.requireNonNull(idempotencyKey);
            account = account == null ? Account.PLATFORM : account;
        }
    }

    /** A created checkout: provider reference (e.g. {@code cs_…}), customer-facing URL, expiry (UTC). */
    record CheckoutLink(String providerReference, String url, Instant expiresAt) {
    }

    /**
     * A refund of {@code amount} (invoice currency) of the provider payment {@code providerPaymentId}
     * (e.g. {@code pi_…}); {@code reason} is free text kept in metadata.
     */
    record RefundRequest(String providerPaymentId, Money amount, String reason, String idempotencyKey, Account account) {
        public RefundRequest {
            Objects.requireNonNull(providerPaymentId);
            Objects.requireNonNull(amount);
            Objects.requireNonNull(idempotencyKey);
            account = account == null ? Account.PLATFORM : account;
        }
    }

    /** A refund the provider accepted: its id (e.g. {@code re_…}), amount and provider status text. */
    record ProviderRefund(String providerRefundId, Money amount, String status) {
    }
}
