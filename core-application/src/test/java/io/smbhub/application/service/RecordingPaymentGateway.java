package io.smbhub.application.service;

import io.smbhub.application.port.out.PaymentGateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PaymentGateway} double for core tests (no HTTP; the Stripe adapter's own tests run against a Stripe
 * stand-in): answers like a provider that honours idempotency keys — the same key gives the same checkout or
 * refund — and records every call.
 */
final class RecordingPaymentGateway implements PaymentGateway {

    final List<CheckoutRequest> checkouts = new ArrayList<>();
    final List<RefundRequest> refunds = new ArrayList<>();
    private final Map<String, CheckoutLink> byKey = new LinkedHashMap<>();
    private final Map<String, ProviderRefund> refundsByKey = new LinkedHashMap<>();
    private final Instant now;

    RecordingPaymentGateway(Instant now) {
        this.now = now;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public synchronized CheckoutLink createCheckout(CheckoutRequest request) {
        checkouts.add(request);
        return byKey.computeIfAbsent(request.idempotencyKey(), k -> new CheckoutLink("cs_test_" + byKey.size(),
                "https://checkout.example.test/c/pay/cs_test_" + byKey.size(), now.plus(Duration.ofHours(24))));
    }

    @Override
    public synchronized ProviderRefund refund(RefundRequest request) {
        refunds.add(request);
        return refundsByKey.computeIfAbsent(request.idempotencyKey(),
                k -> new ProviderRefund("re_test_" + refundsByKey.size(), request.amount(), "succeeded"));
    }
}
