package io.smbhub.adapter.stripe;

import io.smbhub.application.port.out.PaymentEventTranslator.Kind;
import io.smbhub.application.port.out.PaymentEventTranslator.PaymentEvent;
import io.smbhub.application.port.out.PaymentEventTranslator.VerifiedDelivery;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Stripe webhook events")
class StripeWebhookEventsTest {

    private static final String SECRET = "whsec_CurrentSigningSecret";
    private static final String OLD_SECRET = "whsec_PreviousSigningSecret";
    private static final long NOW = 1_767_225_600L;

    private final StripeWebhookEvents events = new StripeWebhookEvents(
            StripeSettings.of("sk_test_x", SECRET, null).withExtraWebhookSecrets(List.of(OLD_SECRET)),
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    private final TenantId tenantId = new TenantId(UUID.randomUUID());
    private final InvoiceId invoiceId = new InvoiceId(UUID.randomUUID());

    private StripeEventFixtures.Builder ours() {
        return StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoiceId).created(NOW - 5);
    }

    private static void assertSignatureRefused(ThrowingCallable call, String fragment) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.field()).isEqualTo("signature"));
            assertThat(e.getMessage()).contains(fragment).doesNotContain(SECRET).doesNotContain(OLD_SECRET);
        });
    }

    @Nested
    @DisplayName("verifying a delivery")
    class Verify {

        @Test
        void acceptsStripesSignatureAndNamesTheEvent() {
            String payload = ours().eventId("evt_1Verified").paymentIntentSucceeded();

            VerifiedDelivery delivery = events.verify(payload, StripeSignatures.sign(payload, SECRET, NOW - 10));

            assertThat(delivery).isEqualTo(new VerifiedDelivery("evt_1Verified", "payment_intent.succeeded"));
        }

        @Test
        void acceptsTheExtraSecretWhileASecretIsRolled() {
            String payload = ours().chargeRefunded();

            assertThat(events.verify(payload, StripeSignatures.sign(payload, OLD_SECRET, NOW)).type()).isEqualTo("charge.refunded");
        }

        @Test
        void refusesAWrongSecret() {
            String payload = ours().paymentIntentSucceeded();

            assertSignatureRefused(() -> events.verify(payload, StripeSignatures.sign(payload, "whsec_Intruder", NOW)),
                    "does not match this payload");
        }

        @Test
        void refusesATamperedBody() {
            String payload = ours().amountMinor(100).paymentIntentSucceeded();
            String header = StripeSignatures.sign(payload, SECRET, NOW);
            String tampered = payload.replace("\"amount_received\": 100", "\"amount_received\": 100000");

            assertThat(tampered).isNotEqualTo(payload);
            assertSignatureRefused(() -> events.verify(tampered, header), "does not match this payload");
        }

        @Test
        void refusesATimestampOutsideTheTolerance() {
            String payload = ours().paymentIntentSucceeded();

            assertSignatureRefused(() -> events.verify(payload, StripeSignatures.sign(payload, SECRET, NOW - 301)),
                    "outside the 300 s tolerance");
            assertThat(events.verify(payload, StripeSignatures.sign(payload, SECRET, NOW - 299))).isNotNull();
        }

        @ParameterizedTest(name = "header \"{0}\"")
        @ValueSource(strings = {"", "  "})
        void refusesAMissingHeader(String header) {
            String payload = ours().paymentIntentSucceeded();

            assertSignatureRefused(() -> events.verify(payload, header), "Stripe-Signature header is missing");
            assertSignatureRefused(() -> events.verify(payload, null), "Stripe-Signature header is missing");
        }

        @Test
        void refusesAMalformedHeader() {
            String payload = ours().paymentIntentSucceeded();

            assertSignatureRefused(() -> events.verify(payload, "sha256=abc"), "malformed");
        }

        @Test
        void refusesASignedBodyThatIsNotAnEvent() {
            String payload = "this is not json";

            assertSignatureRefused(() -> events.verify(payload, StripeSignatures.sign(payload, SECRET, NOW)),
                    "not a Stripe event");
        }

        @Test
        void answersUnavailableWithoutAWebhookSecret() {
            StripeWebhookEvents unconfigured = new StripeWebhookEvents(StripeSettings.of("sk_test_x", null, null));
            String payload = ours().paymentIntentSucceeded();

            assertThatThrownBy(() -> unconfigured.verify(payload, StripeSignatures.sign(payload, SECRET, NOW)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
        }

        @Test
        void signsExactlyAsStripeDocumentsIt() {
            // printf '1700000000.{}' | openssl dgst -sha256 -hmac 'whsec_test'
            assertThat(StripeSignatures.sign("{}", "whsec_test", 1_700_000_000L))
                    .isEqualTo("t=1700000000,v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91");
        }
    }

    @Nested
    @DisplayName("translating an event")
    class Translate {

        @Test
        void aPaidCheckoutSessionIsAPaymentOfItsPaymentIntent() {
            String payload = ours().eventId("evt_1Paid").paymentIntentId("pi_3Paid").amountMinor(12050).currency("usd")
                    .checkoutSessionCompleted();

            PaymentEvent event = events.translate(payload);

            assertThat(event.kind()).isEqualTo(Kind.PAYMENT_SUCCEEDED);
            assertThat(event.providerEventId()).isEqualTo("evt_1Paid");
            assertThat(event.type()).isEqualTo("checkout.session.completed");
            assertThat(event.occurredAt()).isEqualTo(Instant.ofEpochSecond(NOW - 5));
            assertThat(event.tenantId()).isEqualTo(tenantId);
            assertThat(event.invoiceId()).isEqualTo(invoiceId);
            assertThat(event.providerPaymentId()).isEqualTo("pi_3Paid");
            assertThat(event.amount()).isEqualTo(Money.of(new BigDecimal("120.50"), "USD"));
            assertThat(event.amountRefunded()).isNull();
            assertThat(event.methodLabel()).isEqualTo("Card");
            assertThat(event.account()).isNull();
        }

        @Test
        void anUnpaidCheckoutSessionIsIgnored() {
            PaymentEvent event = events.translate(ours().paymentStatus("unpaid").paymentMethodType("us_bank_account")
                    .checkoutSessionCompleted());

            assertThat(event.kind()).isEqualTo(Kind.IGNORED);
        }

        @Test
        void aSettledDelayedPaymentIsAPayment() {
            PaymentEvent event = events.translate(ours().paymentIntentId("pi_3Async").paymentMethodType("sepa_debit")
                    .amountMinor(9900).currency("eur").checkoutSessionAsyncPaymentSucceeded());

            assertThat(event.kind()).isEqualTo(Kind.PAYMENT_SUCCEEDED);
            assertThat(event.providerPaymentId()).isEqualTo("pi_3Async");
            assertThat(event.amount()).isEqualTo(Money.of(new BigDecimal("99.00"), "EUR"));
            assertThat(event.methodLabel()).isEqualTo("SEPA Direct Debit");
        }

        @Test
        void aSucceededPaymentIntentIsAPaymentOfTheAmountReceived() {
            PaymentEvent event = events.translate(ours().paymentIntentId("pi_3Yen").amountMinor(5000).currency("jpy")
                    .account("acct_1Connected").paymentIntentSucceeded());

            assertThat(event.kind()).isEqualTo(Kind.PAYMENT_SUCCEEDED);
            assertThat(event.providerPaymentId()).isEqualTo("pi_3Yen");
            assertThat(event.amount()).isEqualTo(Money.of(new BigDecimal("5000"), "JPY"));
            assertThat(event.account()).isEqualTo("acct_1Connected");
            assertThat(event.tenantId()).isEqualTo(tenantId);
            assertThat(event.failureMessage()).isNull();
        }

        @Test
        void aFailedPaymentIntentCarriesStripesReason() {
            PaymentEvent event = events.translate(ours().paymentIntentId("pi_3Declined").amountMinor(5120).currency("kwd")
                    .failureMessage("Your card has insufficient funds.").paymentIntentPaymentFailed());

            assertThat(event.kind()).isEqualTo(Kind.PAYMENT_FAILED);
            assertThat(event.providerPaymentId()).isEqualTo("pi_3Declined");
            assertThat(event.amount()).isEqualTo(Money.of(new BigDecimal("5.120"), "KWD"));
            assertThat(event.failureMessage()).isEqualTo("Your card has insufficient funds.");
            assertThat(event.methodLabel()).isEqualTo("Card");
        }

        @Test
        void aRefundedChargeCarriesTheCumulativeRefundAndReceipt() {
            PaymentEvent event = events.translate(ours().paymentIntentId("pi_3Refunded").amountMinor(12050)
                    .amountRefunded(2050).currency("usd").chargeRefunded());

            assertThat(event.kind()).isEqualTo(Kind.REFUNDED);
            assertThat(event.providerPaymentId()).isEqualTo("pi_3Refunded");
            assertThat(event.amount()).isEqualTo(Money.of(new BigDecimal("120.50"), "USD"));
            assertThat(event.amountRefunded()).isEqualTo(Money.of(new BigDecimal("20.50"), "USD"));
            assertThat(event.receiptUrl()).startsWith("https://pay.stripe.com/receipts/");
            assertThat(event.invoiceId()).isEqualTo(invoiceId);
        }

        @Test
        void readsEventsOfAnOlderApiVersion() {
            PaymentEvent event = events.translate(ours().apiVersion("2020-08-27").paymentIntentSucceeded());

            assertThat(event.kind()).isEqualTo(Kind.PAYMENT_SUCCEEDED);
            assertThat(event.amount()).isEqualTo(Money.of(new BigDecimal("120.50"), "USD"));
        }

        @Test
        void ignoresPaymentsWithoutOurMetadata() {
            PaymentEvent event = events.translate(StripeEventFixtures.event().withoutMetadata().paymentIntentSucceeded());

            assertThat(event.kind()).isEqualTo(Kind.IGNORED);
            assertThat(event.tenantId()).isNull();
            assertThat(event.invoiceId()).isNull();
        }

        @Test
        void ignoresUnparseableMetadata() {
            PaymentEvent event = events.translate(StripeEventFixtures.event()
                    .metadata(Map.of("tenant_id", "not-a-uuid", "invoice_id", invoiceId.toString())).chargeRefunded());

            assertThat(event.kind()).isEqualTo(Kind.IGNORED);
            assertThat(event.tenantId()).isNull();
            assertThat(event.invoiceId()).isNull();
        }

        @Test
        void ignoresAMissingInvoiceId() {
            PaymentEvent event = events.translate(StripeEventFixtures.event().tenantId(tenantId).checkoutSessionCompleted());

            assertThat(event.kind()).isEqualTo(Kind.IGNORED);
            assertThat(event.tenantId()).isNull();
        }

        @Test
        void ignoresOtherEventTypes() {
            PaymentEvent event = events.translate(ours().eventId("evt_1Customer")
                    .custom("customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\",\"metadata\":{}}"));

            assertThat(event.kind()).isEqualTo(Kind.IGNORED);
            assertThat(event.providerEventId()).isEqualTo("evt_1Customer");
            assertThat(event.type()).isEqualTo("customer.created");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "not json at all",
                "[1,2,3]",
                "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}",
                "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":\"pi_1\"}}",
                "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"pi_1\",\"amount_received\":\"lots\",\"currency\":\"usd\",\"metadata\":[]}}}",
                "{\"id\":\"evt_1\",\"type\":\"charge.refunded\",\"data\":{\"object\":{\"id\":\"ch_1\",\"amount\":100,\"currency\":\"zzz\"}}}"
        })
        void ignoresUnexpectedShapesWithoutThrowing(String payload) {
            assertThat(events.translate(payload).kind()).isEqualTo(Kind.IGNORED);
        }
    }
}
