package io.smbhub.adapter.stripe;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import io.smbhub.application.port.out.PaymentEventTranslator.Kind;
import io.smbhub.application.port.out.PaymentEventTranslator.PaymentEvent;
import io.smbhub.application.port.out.PaymentGateway.Account;
import io.smbhub.application.port.out.PaymentGateway.CheckoutLink;
import io.smbhub.application.port.out.PaymentGateway.CheckoutRequest;
import io.smbhub.application.port.out.PaymentGateway.RefundRequest;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Stripe stand-in behaves like Stripe's API")
class StripeStandInTest {

    private static final String SECRET = "whsec_StandInSecret";
    private static final String FORM = "mode=payment&line_items%5B0%5D%5Bquantity%5D=1"
            + "&line_items%5B0%5D%5Bprice_data%5D%5Bcurrency%5D=usd"
            + "&line_items%5B0%5D%5Bprice_data%5D%5Bunit_amount%5D=4200"
            + "&metadata%5Btenant_id%5D=t-1&success_url=https%3A%2F%2Fshop.example%2Fpaid%3Fs%3D%7BCHECKOUT_SESSION_ID%7D";

    private final StripeStandIn standIn = StripeStandIn.start();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private HttpServer webhookReceiver;

    @AfterEach
    void stop() {
        standIn.stop();
        if (webhookReceiver != null) {
            webhookReceiver.stop(0);
        }
    }

    private HttpResponse<String> post(String path, String form, String key, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Test
    void answersACheckoutSessionInStripesShape() throws Exception {
        JsonObject session = json(post("/v1/checkout/sessions", FORM, "k1", "Bearer sk_test_1"));

        assertThat(session.get("object").getAsString()).isEqualTo("checkout.session");
        assertThat(session.get("id").getAsString()).startsWith("cs_test_");
        assertThat(session.get("amount_total").getAsLong()).isEqualTo(4200);
        assertThat(session.get("currency").getAsString()).isEqualTo("usd");
        assertThat(session.get("payment_status").getAsString()).isEqualTo("unpaid");
        assertThat(session.getAsJsonObject("metadata").get("tenant_id").getAsString()).isEqualTo("t-1");
        assertThat(session.get("url").getAsString()).isEqualTo(standIn.baseUrl() + "/c/pay/" + session.get("id").getAsString());
        assertThat(session.get("expires_at").getAsLong() - session.get("created").getAsLong()).isEqualTo(86_400);
    }

    @Test
    void replaysTheSameIdempotencyKeyWithoutCreatingAgain() throws Exception {
        HttpResponse<String> first = post("/v1/checkout/sessions", FORM, "same-key", "Bearer sk_test_1");
        HttpResponse<String> second = post("/v1/checkout/sessions", FORM, "same-key", "Bearer sk_test_1");

        assertThat(json(second).get("id")).isEqualTo(json(first).get("id"));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(standIn.createdCount("checkout.session")).isEqualTo(1);
        assertThat(standIn.requestCount("/v1/checkout/sessions")).isEqualTo(2);
    }

    @Test
    void refusesAKeyReusedWithOtherParameters() throws Exception {
        post("/v1/checkout/sessions", FORM, "reused", "Bearer sk_test_1");

        HttpResponse<String> second = post("/v1/checkout/sessions", FORM.replace("4200", "4300"), "reused", "Bearer sk_test_1");

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(json(second).getAsJsonObject("error").get("type").getAsString()).isEqualTo("idempotency_error");
        assertThat(standIn.createdCount("checkout.session")).isEqualTo(1);
    }

    @Test
    void refusesRequestsWithoutAnApiKey() throws Exception {
        HttpResponse<String> response = post("/v1/checkout/sessions", FORM, null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).getAsJsonObject("error").get("message").getAsString()).contains("did not provide an API key");
    }

    @Test
    void injectedErrorsUseStripesErrorJson() throws Exception {
        standIn.declineNext();

        HttpResponse<String> response = post("/v1/checkout/sessions", FORM, "k", "Bearer sk_test_1");

        assertThat(response.statusCode()).isEqualTo(402);
        JsonObject error = json(response).getAsJsonObject("error");
        assertThat(error.get("type").getAsString()).isEqualTo("card_error");
        assertThat(error.get("code").getAsString()).isEqualTo("card_declined");
        assertThat(error.get("message").getAsString()).isEqualTo("Your card was declined.");
    }

    @Test
    void thePayButtonRedirectsToTheSuccessUrlAndMarksTheSessionPaid() throws Exception {
        String id = json(post("/v1/checkout/sessions", FORM, "k", "Bearer sk_test_1")).get("id").getAsString();

        HttpResponse<String> paid = http.send(HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/c/pay/" + id))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).contains("https://shop.example/paid?s=" + id);
        JsonObject session = JsonParser.parseString(standIn.checkoutSession(id)).getAsJsonObject();
        assertThat(session.get("payment_status").getAsString()).isEqualTo("paid");
        assertThat(session.get("payment_intent").getAsString()).startsWith("pi_");
        assertThat(standIn.sentEvents()).hasSize(2);
    }

    @Test
    void paidCheckoutsAndRefundsReachTheWebhookSignedAndTranslateToOurInvoice() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        StripeWebhookEvents webhooks = new StripeWebhookEvents(StripeSettings.of("sk_test_1", SECRET, null));
        webhookReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhookReceiver.createContext("/webhooks/stripe", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            try {
                webhooks.verify(body, exchange.getRequestHeaders().getFirst("Stripe-Signature"));
                received.add(body);
                status = 200;
            } catch (RuntimeException e) {
                status = 400;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhookReceiver.start();
        standIn.forwardWebhooksTo("http://127.0.0.1:" + webhookReceiver.getAddress().getPort() + "/webhooks/stripe", SECRET);

        TenantId tenantId = new TenantId(UUID.randomUUID());
        InvoiceId invoiceId = new InvoiceId(UUID.randomUUID());
        StripePaymentGateway gateway = new StripePaymentGateway(StripeSettings.of("sk_test_1", SECRET, standIn.baseUrl()));
        CheckoutLink link = gateway.createCheckout(new CheckoutRequest(tenantId, invoiceId, "INV-000007", "Acme",
                Money.of(new BigDecimal("75.00"), "EUR"), null, "https://shop.example/paid", null, "k-pay",
                new Account("acct_1Tenant", null)));
        String paymentIntent = standIn.payCheckout(link.providerReference()).paymentIntentId();
        gateway.refund(new RefundRequest(paymentIntent, Money.of(new BigDecimal("25.00"), "EUR"), "goodwill", "k-refund",
                new Account("acct_1Tenant", null)));

        assertThat(standIn.awaitDeliveries(3, Duration.ofSeconds(10))).extracting(StripeStandIn.Delivery::status)
                .containsExactly(200, 200, 200);
        List<PaymentEvent> translated = received.stream().map(webhooks::translate).toList();
        assertThat(translated).extracting(PaymentEvent::type)
                .containsExactly("checkout.session.completed", "payment_intent.succeeded", "charge.refunded");
        assertThat(translated).allSatisfy(event -> {
            assertThat(event.tenantId()).isEqualTo(tenantId);
            assertThat(event.invoiceId()).isEqualTo(invoiceId);
            assertThat(event.providerPaymentId()).isEqualTo(paymentIntent);
            assertThat(event.account()).isEqualTo("acct_1Tenant");
            assertThat(event.amount()).isEqualTo(Money.of(new BigDecimal("75.00"), "EUR"));
        });
        assertThat(translated).extracting(PaymentEvent::kind)
                .containsExactly(Kind.PAYMENT_SUCCEEDED, Kind.PAYMENT_SUCCEEDED, Kind.REFUNDED);
        assertThat(translated.get(2).amountRefunded()).isEqualTo(Money.of(new BigDecimal("25.00"), "EUR"));
    }

    @Test
    void servesNothingOutsideTheApiAndPayPages() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/elsewhere"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
