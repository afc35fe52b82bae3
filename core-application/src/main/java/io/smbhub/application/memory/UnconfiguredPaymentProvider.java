package io.smbhub.application.memory;

import io.smbhub.application.port.out.PaymentEventTranslator;
import io.smbhub.application.port.out.PaymentGateway;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.List;

/**
 * The payment provider when none is configured: {@link #configured()} is false and every call answers
 * {@code UNAVAILABLE}, so the rest of the product works without online payments.
 */
public final class UnconfiguredPaymentProvider implements PaymentGateway, PaymentEventTranslator {

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public CheckoutLink createCheckout(CheckoutRequest request) {
        throw unavailable();
    }

    @Override
    public ProviderRefund refund(RefundRequest request) {
        throw unavailable();
    }

    @Override
    public String provider() {
        return "STRIPE";
    }

    @Override
    public VerifiedDelivery verify(String payload, String signatureHeader) {
        throw unavailable();
    }

    @Override
    public PaymentEvent translate(String payload) {
        throw unavailable();
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorCode.UNAVAILABLE,
                "Online payments are not configured on this server (set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET)", List.of());
    }
}
