package io.smbhub.adapter.stripe;

import com.stripe.StripeClient;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.smbhub.application.port.out.PaymentGateway;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Money;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link PaymentGateway} on Stripe (spec smb-hub-prd.md 3.2 Flow C, 12.5) with stripe-java's {@link StripeClient}.
 *
 * <p>Checkout: a Checkout Session in {@code payment} mode with one inline-priced line item ("Invoice INV-000123 —
 * Business", quantity 1, amount in Stripe's minor units, see {@link StripeAmounts}); {@code tenant_id},
 * {@code invoice_id} and {@code invoice_number} travel as metadata on the session and on its PaymentIntent, so
 * webhooks about the session, the PaymentIntent and its Charge all name the invoice. Refund: a Refund of the
 * PaymentIntent for the given amount, with the reason in metadata.
 *
 * <p>Every call sends the request's idempotency key, runs on the platform account, a connected account
 * ({@code Stripe-Account} header) or the tenant's own key, and goes through a Resilience4j retry (exponential
 * backoff, retryable failures only, see {@link StripeFailures#retryable}) around a circuit breaker owned by this
 * gateway. Timeouts are stripe-java's connect/read timeouts; stripe-java's own retries are off.
 *
 * <p>Errors: {@code UNAVAILABLE} when no API key is configured; {@code PROVIDER_ERROR} when Stripe refused, failed,
 * timed out or the circuit is open ("Stripe is unavailable; try again shortly"); messages never contain keys.
 */
public final class StripePaymentGateway implements PaymentGateway {

    private final StripeSettings settings;
    private final StripeClient client;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    public StripePaymentGateway(StripeSettings settings) {
        this.settings = settings;
        this.client = settings.configured() ? buildClient(settings) : null;
        this.retry = Retry.of("stripe", RetryConfig.custom()
                .maxAttempts(settings.retryAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryInitialBackoff(), 2.0))
                .retryOnException(StripeFailures::retryable)
                .build());
        this.circuitBreaker = CircuitBreaker.of("stripe", CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.circuitBreakerFailureRatePercent())
                .slidingWindow(settings.circuitBreakerWindow(), settings.circuitBreakerWindow(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(settings.circuitBreakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(StripeFailures::retryable)
                .build());
    }

    private static StripeClient buildClient(StripeSettings settings) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(settings.apiKey())
                .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                .setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()))
                .setMaxNetworkRetries(0);
        if (settings.apiBase() != null) {
            builder.setApiBase(settings.apiBase());
        }
        return builder.build();
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    /** The circuit breaker's state name ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}) for health reports. */
    public String circuitState() {
        return circuitBreaker.getState().name();
    }

    /**
     * Creates a Stripe Checkout Session for the invoice's amount due.
     *
     * @return the session id ({@code cs_…}), its hosted page URL and its expiry (Stripe's default is 24 h)
     * @throws DomainException {@code UNAVAILABLE} when unconfigured; {@code PROVIDER_ERROR} as described above
     */
    @Override
    public CheckoutLink createCheckout(CheckoutRequest request) {
        requireConfigured();
        String action = "create the checkout for invoice " + label(request.invoiceNumber());
        SessionCreateParams params = checkoutParams(request);
        RequestOptions options = options(request.idempotencyKey(), request.account());
        Session session = call(action, () -> client.v1().checkout().sessions().create(params, options));
        Instant expiresAt = session.getExpiresAt() == null ? null : Instant.ofEpochSecond(session.getExpiresAt());
        return new CheckoutLink(session.getId(), session.getUrl(), expiresAt);
    }

    /**
     * Refunds {@code request.amount()} of the PaymentIntent {@code request.providerPaymentId()}.
     *
     * @return the refund id ({@code re_…}), the refunded amount and Stripe's status ({@code succeeded},
     *         {@code pending}, {@code requires_action}, {@code failed}, {@code canceled})
     * @throws DomainException {@code UNAVAILABLE} when unconfigured; {@code PROVIDER_ERROR} as described above
     */
    @Override
    public ProviderRefund refund(RefundRequest request) {
        requireConfigured();
        String action = "refund payment " + request.providerPaymentId();
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(request.providerPaymentId())
                .setAmount(StripeAmounts.toMinor(request.amount()));
        if (request.reason() != null && !request.reason().isBlank()) {
            params.putMetadata("reason", truncate(request.reason(), 500));
        }
        RefundCreateParams built = params.build();
        RequestOptions options = options(request.idempotencyKey(), request.account());
        Refund refund = call(action, () -> client.v1().refunds().create(built, options));
        Money amount = refund.getAmount() == null || refund.getCurrency() == null
                ? request.amount()
                : StripeAmounts.fromMinor(refund.getAmount(), refund.getCurrency());
        return new ProviderRefund(refund.getId(), amount, refund.getStatus());
    }

    private SessionCreateParams checkoutParams(CheckoutRequest request) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("tenant_id", request.tenantId().toString());
        metadata.put("invoice_id", request.invoiceId().toString());
        if (request.invoiceNumber() != null) {
            metadata.put("invoice_number", request.invoiceNumber());
        }
        String productName = productName(request);
        SessionCreateParams.Builder builder = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(StripeAmounts.stripeCurrency(request.amount()))
                                .setUnitAmount(StripeAmounts.toMinor(request.amount()))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(productName)
                                        .build())
                                .build())
                        .build())
                .putAllMetadata(metadata)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putAllMetadata(metadata)
                        .setDescription(productName)
                        .build())
                .setClientReferenceId(request.invoiceId().toString())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl());
        if (request.customerEmail() != null && !request.customerEmail().isBlank()) {
            builder.setCustomerEmail(request.customerEmail());
        }
        return builder.build();
    }

    private static String productName(CheckoutRequest request) {
        String name = "Invoice " + label(request.invoiceNumber());
        if (request.businessName() != null && !request.businessName().isBlank()) {
            name = name + " — " + request.businessName().strip();
        }
        return truncate(name, 250);
    }

    private static RequestOptions options(String idempotencyKey, Account account) {
        RequestOptions.RequestOptionsBuilder options = RequestOptions.builder().setIdempotencyKey(idempotencyKey);
        if (account.connectedAccountId() != null && !account.connectedAccountId().isBlank()) {
            options.setStripeAccount(account.connectedAccountId());
        }
        if (account.secretKey() != null && !account.secretKey().isBlank()) {
            options.setApiKey(account.secretKey());
        }
        return options.build();
    }

    private <T> T call(String action, CheckedSupplier<T> stripeCall) {
        CheckedSupplier<T> guarded = Retry.decorateCheckedSupplier(retry,
                CircuitBreaker.decorateCheckedSupplier(circuitBreaker, stripeCall));
        try {
            return guarded.get();
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw StripeFailures.toDomain(action, e);
        }
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new DomainException(ErrorCode.UNAVAILABLE,
                    "Online payments are not configured on this server (set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET)");
        }
    }

    private static String label(String invoiceNumber) {
        return invoiceNumber == null || invoiceNumber.isBlank() ? "(no number)" : invoiceNumber;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
