package io.smbhub.adapter.stripe;

import io.smbhub.application.port.out.PaymentGateway.Account;
import io.smbhub.application.port.out.PaymentGateway.CheckoutLink;
import io.smbhub.application.port.out.PaymentGateway.CheckoutRequest;
import io.smbhub.application.port.out.PaymentGateway.ProviderRefund;
import io.smbhub.application.port.out.PaymentGateway.RefundRequest;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Stripe payment gateway against the Stripe stand-in")
class StripePaymentGatewayTest {

    private static final String PLATFORM_KEY = "sk_test_51PlatformSecretKey";
    private static final String TENANT_KEY = "sk_live_51TenantOwnSecretKey";
    private static final String SESSIONS = "/v1/checkout/sessions";
    private static final String REFUNDS = "/v1/refunds";

    private static StripeStandIn standIn;

    private final TenantId tenantId = new TenantId(UUID.randomUUID());
    private final InvoiceId invoiceId = new InvoiceId(UUID.randomUUID());

    @BeforeAll
    static void startStandIn() {
        standIn = StripeStandIn.start();
    }

    @AfterAll
    static void stopStandIn() {
        standIn.stop();
    }

    @BeforeEach
    void resetStandIn() {
        standIn.reset();
    }

    private static StripeSettings settings() {
        return StripeSettings.of(PLATFORM_KEY, "whsec_test", standIn.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withRetry(3, Duration.ofMillis(10));
    }

    private static StripePaymentGateway gateway() {
        return new StripePaymentGateway(settings());
    }

    private CheckoutRequest checkout(String amount, String currency, String key, Account account) {
        return new CheckoutRequest(tenantId, invoiceId, "INV-000123", "Acme Plumbing",
                Money.of(new BigDecimal(amount), currency), "jenny@example.com",
                "https://smbhub.example/portal/paid", "https://smbhub.example/portal/cancelled", key, account);
    }

    private CheckoutRequest checkout() {
        return checkout("120.50", "USD", "checkout-" + UUID.randomUUID(), Account.PLATFORM);
    }

    private static void assertProviderError(ThrowingCallable call, String... fragments) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains(fragments).doesNotContain(PLATFORM_KEY).doesNotContain(TENANT_KEY);
                });
    }

    @Nested
    @DisplayName("creating a checkout")
    class Checkout {

        @Test
        void sendsOneInlinePricedLineItemInMinorUnitsWithMetadataOnSessionAndPaymentIntent() {
            CheckoutLink link = gateway().createCheckout(checkout("120.50", "USD", "key-1", Account.PLATFORM));

            StripeStandIn.Call call = standIn.lastCall(SESSIONS);
            assertThat(call.form()).containsEntry("mode", "payment")
                    .containsEntry("line_items[0][quantity]", "1")
                    .containsEntry("line_items[0][price_data][currency]", "usd")
                    .containsEntry("line_items[0][price_data][unit_amount]", "12050")
                    .containsEntry("line_items[0][price_data][product_data][name]", "Invoice INV-000123 — Acme Plumbing")
                    .containsEntry("metadata[tenant_id]", tenantId.toString())
                    .containsEntry("metadata[invoice_id]", invoiceId.toString())
                    .containsEntry("metadata[invoice_number]", "INV-000123")
                    .containsEntry("payment_intent_data[metadata][tenant_id]", tenantId.toString())
                    .containsEntry("payment_intent_data[metadata][invoice_id]", invoiceId.toString())
                    .containsEntry("payment_intent_data[metadata][invoice_number]", "INV-000123")
                    .containsEntry("customer_email", "jenny@example.com")
                    .containsEntry("success_url", "https://smbhub.example/portal/paid")
                    .containsEntry("cancel_url", "https://smbhub.example/portal/cancelled");
            assertThat(call.header("Idempotency-Key")).isEqualTo("key-1");
            assertThat(call.header("Authorization")).isEqualTo("Bearer " + PLATFORM_KEY);
            assertThat(call.header("Stripe-Account")).isNull();

            assertThat(link.providerReference()).startsWith("cs_test_");
            assertThat(link.url()).isEqualTo(standIn.baseUrl() + "/c/pay/" + link.providerReference());
            assertThat(link.expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(23)));
        }

        @Test
        void sendsZeroAndThreeDecimalCurrenciesAsStripeExpects() {
            gateway().createCheckout(checkout("500", "JPY", "key-jpy", Account.PLATFORM));
            assertThat(standIn.lastCall(SESSIONS).form()).containsEntry("line_items[0][price_data][unit_amount]", "500")
                    .containsEntry("line_items[0][price_data][currency]", "jpy");

            gateway().createCheckout(checkout("5.120", "KWD", "key-kwd", Account.PLATFORM));
            assertThat(standIn.lastCall(SESSIONS).form()).containsEntry("line_items[0][price_data][unit_amount]", "5120");
        }

        @Test
        void runsOnAConnectedAccountWithTheStripeAccountHeader() {
            gateway().createCheckout(checkout("10.00", "USD", "key-2", new Account("acct_1Connected", null)));

            StripeStandIn.Call call = standIn.lastCall(SESSIONS);
            assertThat(call.header("Stripe-Account")).isEqualTo("acct_1Connected");
            assertThat(call.header("Authorization")).isEqualTo("Bearer " + PLATFORM_KEY);
        }

        @Test
        void runsWithTheTenantsOwnKey() {
            gateway().createCheckout(checkout("10.00", "USD", "key-3", new Account(null, TENANT_KEY)));

            StripeStandIn.Call call = standIn.lastCall(SESSIONS);
            assertThat(call.header("Authorization")).isEqualTo("Bearer " + TENANT_KEY);
            assertThat(call.header("Stripe-Account")).isNull();
        }

        @Test
        void linksToAPayPageNamingTheAmount() throws Exception {
            CheckoutLink link = gateway().createCheckout(checkout());

            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(link.url())).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Stripe test checkout</title>").contains("USD 120.50")
                    .contains("Invoice INV-000123 — Acme Plumbing");
        }
    }

    @Nested
    @DisplayName("when Stripe fails")
    class Failures {

        @Test
        void retriesServerErrorsWithTheSameIdempotencyKeyAndCreatesOnce() {
            standIn.failNext(2);

            CheckoutLink link = gateway().createCheckout(checkout("120.50", "USD", "retry-key", Account.PLATFORM));

            assertThat(link.providerReference()).startsWith("cs_test_");
            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(3);
            assertThat(standIn.calls(SESSIONS)).extracting(c -> c.header("Idempotency-Key")).containsOnly("retry-key");
            assertThat(standIn.createdCount("checkout.session")).isEqualTo(1);
        }

        @Test
        void retriesALockTimeout() {
            standIn.lockTimeoutNext();

            gateway().createCheckout(checkout());

            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(2);
            assertThat(standIn.createdCount("checkout.session")).isEqualTo(1);
        }

        @Test
        void givesUpAfterTheConfiguredAttempts() {
            standIn.failNext(5);

            assertProviderError(() -> gateway().createCheckout(checkout()),
                    "Stripe had a temporary problem (HTTP 500)", "create the checkout for invoice INV-000123");
            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(3);
        }

        @Test
        void doesNotRetryACardErrorAndPassesStripesMessageOn() {
            standIn.declineNext();

            assertProviderError(() -> gateway().createCheckout(checkout()),
                    "Stripe refused to create the checkout", "Your card was declined.");
            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(1);
        }

        @Test
        void doesNotRetryAnInvalidRequestAndPassesStripesMessageOn() {
            standIn.rejectNext("line_items[0][price_data][unit_amount]", "This value must be greater than or equal to 1.");

            assertProviderError(() -> gateway().createCheckout(checkout()),
                    "Stripe refused to create the checkout", "This value must be greater than or equal to 1.");
            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(1);
        }

        @Test
        void doesNotRetryARejectedKeyAndNeverRepeatsTheKey() {
            standIn.respondNext(401, "invalid_request_error", null, "Invalid API Key provided: " + PLATFORM_KEY);

            assertProviderError(() -> gateway().createCheckout(checkout()),
                    "Stripe rejected the API key", "[redacted]");
            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(1);
        }

        @Test
        void redactsKeysThatStripeEchoesInARefusal() {
            standIn.rejectNext("api_key", "The key " + TENANT_KEY + " cannot be used here");

            assertProviderError(() -> gateway().createCheckout(checkout("1.00", "USD", "k", new Account(null, TENANT_KEY))),
                    "Stripe refused to create the checkout", "The key [redacted] cannot be used here");
        }

        @Test
        void reportsATimeoutAfterRetryingIt() {
            standIn.delayNext(2, Duration.ofMillis(1500));
            StripePaymentGateway gateway = new StripePaymentGateway(settings()
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
                    .withRetry(2, Duration.ofMillis(10)));

            assertProviderError(() -> gateway.createCheckout(checkout()), "Stripe did not answer in time",
                    "create the checkout for invoice INV-000123");
            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(2);
        }

        @Test
        void recoversFromATimeoutWithoutCreatingTwiceBecauseStripeReplaysTheKey() {
            standIn.delayNext(1, Duration.ofMillis(1000));
            StripePaymentGateway gateway = new StripePaymentGateway(settings()
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
                    .withRetry(2, Duration.ofMillis(10)));

            CheckoutLink link = gateway.createCheckout(checkout());

            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(2);
            assertThat(standIn.createdCount("checkout.session")).isEqualTo(1);
            assertThat(standIn.checkoutSession(link.providerReference())).isNotNull();
        }

        @Test
        void opensTheCircuitAfterRepeatedFailuresAndStopsCallingStripe() {
            StripePaymentGateway gateway = new StripePaymentGateway(settings()
                    .withRetry(1, Duration.ofMillis(10))
                    .withCircuitBreaker(50, 4, Duration.ofMinutes(1)));
            standIn.failNext(10);
            for (int i = 0; i < 4; i++) {
                assertProviderError(() -> gateway.createCheckout(checkout()), "temporary problem");
            }

            assertProviderError(() -> gateway.createCheckout(checkout()), "Stripe is unavailable; try again shortly");
            assertThat(standIn.requestCount(SESSIONS)).isEqualTo(4);
            assertThat(gateway.circuitState()).isEqualTo("OPEN");
        }

        @Test
        void keepsTheCircuitClosedForRefusals() {
            StripePaymentGateway gateway = new StripePaymentGateway(settings().withCircuitBreaker(50, 2, Duration.ofMinutes(1)));
            for (int i = 0; i < 4; i++) {
                standIn.declineNext();
                assertProviderError(() -> gateway.createCheckout(checkout()), "Stripe refused");
            }

            gateway.createCheckout(checkout());
            assertThat(gateway.circuitState()).isEqualTo("CLOSED");
        }
    }

    @Nested
    @DisplayName("refunding")
    class Refunds {

        @Test
        void refundsPartOfAPaidCheckoutInMinorUnits() {
            CheckoutLink link = gateway().createCheckout(checkout());
            String paymentIntent = standIn.payCheckout(link.providerReference()).paymentIntentId();

            ProviderRefund refund = gateway().refund(new RefundRequest(paymentIntent,
                    Money.of(new BigDecimal("20.50"), "USD"), "Customer returned one item", "refund-1", Account.PLATFORM));

            assertThat(refund.providerRefundId()).startsWith("re_");
            assertThat(refund.amount()).isEqualTo(Money.of(new BigDecimal("20.50"), "USD"));
            assertThat(refund.status()).isEqualTo("succeeded");
            StripeStandIn.Call call = standIn.lastCall(REFUNDS);
            assertThat(call.form()).containsEntry("payment_intent", paymentIntent).containsEntry("amount", "2050")
                    .containsEntry("metadata[reason]", "Customer returned one item");
            assertThat(call.header("Idempotency-Key")).isEqualTo("refund-1");
        }

        @Test
        void aRetriedRefundWithTheSameKeyRefundsOnce() {
            standIn.registerPayment("pi_3Paid", 12050, "usd", Map.of());
            RefundRequest request = new RefundRequest("pi_3Paid", Money.of(new BigDecimal("120.50"), "USD"), null,
                    "refund-twice", new Account("acct_1Connected", null));

            ProviderRefund first = gateway().refund(request);
            ProviderRefund second = gateway().refund(request);

            assertThat(second.providerRefundId()).isEqualTo(first.providerRefundId());
            assertThat(standIn.createdCount("refund")).isEqualTo(1);
            assertThat(standIn.lastCall(REFUNDS).header("Stripe-Account")).isEqualTo("acct_1Connected");
        }

        @Test
        void passesOnStripesRefusalOfTooLargeARefund() {
            standIn.registerPayment("pi_3Small", 1000, "usd", Map.of());

            assertProviderError(() -> gateway().refund(new RefundRequest("pi_3Small",
                            Money.of(new BigDecimal("10.01"), "USD"), null, "refund-big", Account.PLATFORM)),
                    "Stripe refused to refund payment pi_3Small", "greater than unrefunded amount");
        }
    }

    @Nested
    @DisplayName("without an API key")
    class Unconfigured {

        private final StripePaymentGateway gateway = new StripePaymentGateway(StripeSettings.of(null, null, null));

        @Test
        void answersUnavailable() {
            assertThat(gateway.configured()).isFalse();
            assertThatThrownBy(() -> gateway.createCheckout(checkout()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
            assertThatThrownBy(() -> gateway.refund(new RefundRequest("pi_1", Money.of(BigDecimal.ONE, "USD"), null, "k", null)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
            assertThat(standIn.requestCount(SESSIONS)).isZero();
        }
    }
}
