package io.smbhub.bootstrap.payment;

import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import io.smbhub.adapter.stripe.StripeEventFixtures;
import io.smbhub.adapter.stripe.StripeSignatures;
import io.smbhub.adapter.stripe.StripeStandIn;
import io.smbhub.application.CoreServices;
import io.smbhub.bootstrap.TestApp;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Webhook Idempotency Suite of spec smb-hub-prd.md 6.3.2, and the payment loop of issue 4, over real HTTP on
 * PostgreSQL with the real Stripe adapter pointed at a local Stripe stand-in (STRIPE_API_BASE) and webhook
 * payloads signed the way Stripe signs them. The background worker is off; each test runs the job queue itself
 * so the moment of processing is explicit.
 */
@DisplayName("Stripe payments and webhooks over REST on PostgreSQL (Webhook Idempotency Suite)")
class WebhookIdempotencySuiteOnPostgresTest {

    private static final String SECRET = "whsec_suite_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    static Path dataDir;
    private static TestDatabase db;
    private static StripeStandIn stripe;
    private static EmbeddedServer server;
    private static JsonMapper json;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private String token;
    private String tenantId;

    @BeforeAll
    static void start() {
        db = TestDatabases.fresh("webhook_suite");
        stripe = StripeStandIn.start();
        server = TestApp.start(db, dataDir, Map.of(
                "stripe.api.key", "sk_test_suite",
                "stripe.webhook.secret", SECRET,
                "stripe.api.base", stripe.baseUrl(),
                "smbhub.jobs.enabled", "false"));
        json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        server.close();
        stripe.stop();
        db.close();
    }

    @BeforeEach
    void business() {
        String email = "owner-" + UUID.randomUUID() + "@pay.test";
        Reply signup = call("POST", "/v1/auth/signup", """
                {"business_name":"Pipe & Co","email":"%s","password":"correct horse","currency":"USD"}""".formatted(email), null);
        assertThat(signup.status()).isEqualTo(201);
        token = (String) signup.data().get("access_token");
        tenantId = (String) signup.data().get("tenant_id");
    }

    // ------------------------------------------------------------------ the loop

    @Test
    @DisplayName("payment link → Stripe checkout paid → signed webhook → invoice PAID in list and detail, payment on the timeline")
    void paymentLinkToPaid() {
        String invoice = sentInvoice("120.00");
        Reply link = call("POST", "/v1/invoices/" + invoice + "/payment-link", null, token);
        assertThat(link.status()).as(String.valueOf(link.body)).isEqualTo(201);
        String url = (String) link.data().get("url");
        assertThat(url).startsWith(stripe.baseUrl());
        StripeStandIn.Call created = stripe.lastCall("/v1/checkout/sessions");
        assertThat(created.form()).containsEntry("metadata[tenant_id]", tenantId).containsEntry("metadata[invoice_id]", invoice)
                .containsEntry("payment_intent_data[metadata][invoice_id]", invoice)
                .containsEntry("line_items[0][price_data][unit_amount]", "12000");
        assertThat(created.header("Idempotency-Key")).isNotBlank();
        assertThat(detail(invoice).get("payment_link_url")).isEqualTo(url);

        StripeStandIn.PaidCheckout paid = stripe.payCheckout(url.substring(url.lastIndexOf('/') + 1));
        for (String event : paid.events()) {
            assertThat(deliver(event).status()).isEqualTo(200);
        }
        runJobs();

        Map<String, Object> detail = detail(invoice);
        assertThat(detail.get("status")).isEqualTo("PAID");
        assertThat(money(detail, "amount_due")).isEqualTo("0.00");
        assertThat(call("GET", "/v1/invoices?status=PAID", null, token).list()).extracting(i -> i.get("id")).contains(invoice);
        List<Map<String, Object>> payments = payments(invoice);
        assertThat(payments).singleElement().satisfies(p -> {
            assertThat(p.get("provider")).isEqualTo("STRIPE");
            assertThat(p.get("provider_payment_id")).isEqualTo(paid.paymentIntentId());
            assertThat(money(p, "amount")).isEqualTo("120.00");
        });
        List<Map<String, Object>> timeline = call("GET", "/v1/invoices/" + invoice + "/timeline", null, token).list();
        assertThat(timeline.toString()).contains("invoice.paid").contains("invoice.payment_link_created");
        assertThat(call("POST", "/v1/invoices/" + invoice + "/payment-link", null, token).status()).isEqualTo(409);
    }

    // ------------------------------------------------------------------ spec 6.3.2 suite

    @Test
    @DisplayName("the same event delivered 10 times → one payment, correct totals; later deliveries say duplicate")
    void sameEventTenTimes() {
        String invoice = sentInvoice("80.00");
        String event = StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice)
                .paymentIntentId(StripeEventFixtures.stripeId("pi")).amountMinor(8000).currency("usd").paymentIntentSucceeded();
        List<Boolean> duplicates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Reply reply = deliver(event);
            assertThat(reply.status()).isEqualTo(200);
            duplicates.add((Boolean) reply.data().get("duplicate"));
            runJobs();
        }
        assertThat(duplicates).containsExactly(false, true, true, true, true, true, true, true, true, true);
        assertThat(payments(invoice)).hasSize(1);
        Map<String, Object> detail = detail(invoice);
        assertThat(detail.get("status")).isEqualTo("PAID");
        assertThat(money(detail, "amount_paid")).isEqualTo("80.00");
        assertThat(money(detail, "amount_due")).isEqualTo("0.00");
    }

    @Test
    @DisplayName("checkout.session.completed and payment_intent.succeeded of one payment → one payment")
    void twoEventsOfOnePayment() {
        String invoice = sentInvoice("50.00");
        String pi = StripeEventFixtures.stripeId("pi");
        var base = StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice).paymentIntentId(pi).amountMinor(5000).currency("usd");
        deliver(base.checkoutSessionCompleted());
        deliver(StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice).paymentIntentId(pi).amountMinor(5000)
                .currency("usd").paymentIntentSucceeded());
        runJobs();
        assertThat(payments(invoice)).hasSize(1);
        assertThat(detail(invoice).get("status")).isEqualTo("PAID");
    }

    @Test
    @DisplayName("out of order: the payment arrives before the invoice is marked sent → PAID, and stays PAID")
    void paymentBeforeSent() {
        String draft = draftInvoice("60.00");
        deliver(StripeEventFixtures.event().tenantId(tenantId).invoiceId(draft)
                .paymentIntentId(StripeEventFixtures.stripeId("pi")).amountMinor(6000).currency("usd").paymentIntentSucceeded());
        runJobs();
        Map<String, Object> detail = detail(draft);
        assertThat(detail.get("status")).isEqualTo("PAID");
        assertThat(money(detail, "amount_paid")).isEqualTo("60.00");
        assertThat(call("POST", "/v1/invoices/" + draft + "/send", "{}", token).status()).isEqualTo(409);
        assertThat(detail(draft).get("status")).isEqualTo("PAID");
    }

    @Test
    @DisplayName("out of order: the refund arrives before the payment → one REFUNDED payment, nothing paid, invoice SENT")
    void refundBeforePayment() {
        String invoice = sentInvoice("40.00");
        String pi = StripeEventFixtures.stripeId("pi");
        deliver(StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice).paymentIntentId(pi).amountMinor(4000)
                .amountRefunded(4000).currency("usd").chargeRefunded());
        runJobs();
        deliver(StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice).paymentIntentId(pi).amountMinor(4000)
                .currency("usd").paymentIntentSucceeded());
        runJobs();
        assertThat(payments(invoice)).singleElement().satisfies(p -> {
            assertThat(p.get("status")).isEqualTo("REFUNDED");
            assertThat(money(p, "amount_refunded")).isEqualTo("40.00");
        });
        Map<String, Object> detail = detail(invoice);
        assertThat(detail.get("status")).isEqualTo("SENT");
        assertThat(money(detail, "amount_paid")).isEqualTo("0.00");
        assertThat(money(detail, "amount_due")).isEqualTo("40.00");
    }

    @Test
    @DisplayName("a bad, missing or stale signature → 400 and nothing stored")
    void badSignatures() {
        String invoice = sentInvoice("30.00");
        String event = StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice)
                .paymentIntentId(StripeEventFixtures.stripeId("pi")).amountMinor(3000).currency("usd").paymentIntentSucceeded();
        long now = Instant.now().getEpochSecond();
        long before = webhookEvents();
        assertThat(post(event, StripeSignatures.sign(event, "whsec_wrong", now)).status()).isEqualTo(400);
        assertThat(post(event, null).status()).isEqualTo(400);
        assertThat(post(event, StripeSignatures.sign(event, SECRET, now - 3600)).status()).isEqualTo(400);
        assertThat(post(event.replace("3000", "9999"), StripeSignatures.sign(event, SECRET, now)).status()).isEqualTo(400);
        Reply reply = post(event, StripeSignatures.sign(event, "whsec_wrong", now));
        assertThat(reply.body.get("error").toString()).contains("VALIDATION_ERROR");
        runJobs();
        assertThat(webhookEvents()).isEqualTo(before);
        assertThat(payments(invoice)).isEmpty();
        assertThat(detail(invoice).get("status")).isEqualTo("SENT");
    }

    @Test
    @DisplayName("concurrent duplicate deliveries and two workers → one payment")
    void concurrentDuplicates() throws Exception {
        String invoice = sentInvoice("90.00");
        String pi = StripeEventFixtures.stripeId("pi");
        String succeeded = StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice).paymentIntentId(pi)
                .amountMinor(9000).currency("usd").paymentIntentSucceeded();
        String completed = StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice).paymentIntentId(pi)
                .amountMinor(9000).currency("usd").checkoutSessionCompleted();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String event = i % 2 == 0 ? succeeded : completed;
            replies.add(pool.submit(() -> {
                go.await();
                return deliver(event).status();
            }));
        }
        go.countDown();
        for (Future<Integer> reply : replies) {
            assertThat(reply.get()).isEqualTo(200);
        }
        List<Future<Integer>> workers = List.of(pool.submit(WebhookIdempotencySuiteOnPostgresTest::runJobs),
                pool.submit(WebhookIdempotencySuiteOnPostgresTest::runJobs));
        for (Future<Integer> worker : workers) {
            worker.get();
        }
        runJobs();
        pool.shutdown();
        assertThat(payments(invoice)).hasSize(1);
        assertThat(money(detail(invoice), "amount_paid")).isEqualTo("90.00");
    }

    // ------------------------------------------------------------------ refunds

    @Test
    @DisplayName("a Stripe refund through the API goes to Stripe once; the charge.refunded webhook that follows counts nothing twice")
    void stripeRefund() {
        String invoice = sentInvoice("100.00");
        String pi = StripeEventFixtures.stripeId("pi");
        stripe.registerPayment(pi, 10000, "usd", Map.of("tenant_id", tenantId, "invoice_id", invoice));
        deliver(StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice).paymentIntentId(pi).amountMinor(10000)
                .currency("usd").paymentIntentSucceeded());
        runJobs();
        String payment = (String) payments(invoice).get(0).get("id");

        Reply refund = call("POST", "/v1/payments/" + payment + "/refund", "{\"amount\":\"30.00\",\"reason\":\"late\"}", token);
        assertThat(refund.status()).as(String.valueOf(refund.body)).isEqualTo(200);
        assertThat(money(refund.data(), "amount_refunded")).isEqualTo("30.00");
        assertThat(stripe.lastCall("/v1/refunds").form()).containsEntry("payment_intent", pi).containsEntry("amount", "3000");
        assertThat(detail(invoice).get("status")).isEqualTo("PARTIALLY_PAID");

        deliver(StripeEventFixtures.event().tenantId(tenantId).invoiceId(invoice).paymentIntentId(pi).amountMinor(10000)
                .amountRefunded(3000).currency("usd").chargeRefunded());
        runJobs();
        Map<String, Object> detail = detail(invoice);
        assertThat(money(detail, "amount_paid")).isEqualTo("70.00");
        assertThat(money(detail, "amount_due")).isEqualTo("30.00");
        assertThat(stripe.requestCount("/v1/refunds")).isEqualTo(1);
    }

    @Test
    @DisplayName("Stripe failing → 502 PROVIDER_ERROR and the invoice unchanged")
    void providerErrorLeavesInvoiceUnchanged() {
        String invoice = sentInvoice("20.00");
        Map<String, Object> before = detail(invoice);
        stripe.declineNext();
        stripe.rejectNext("currency", "Invalid currency");
        Reply reply = call("POST", "/v1/invoices/" + invoice + "/payment-link", null, token);
        assertThat(reply.status()).as(String.valueOf(reply.body)).isEqualTo(502);
        assertThat(reply.body.get("error").toString()).contains("PROVIDER_ERROR");
        Map<String, Object> after = detail(invoice);
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.get("payment_link_url")).isNull();
        stripe.reset();
    }

    // ------------------------------------------------------------------ helpers

    private String draftInvoice(String rate) {
        Reply contact = call("POST", "/v1/contacts", """
                {"type":"CUSTOMER","display_name":"Ana","email":"ana@example.test"}""", token);
        assertThat(contact.status()).as(String.valueOf(contact.body)).isEqualTo(201);
        Reply invoice = call("POST", "/v1/invoices", """
                {"contact_id":"%s","issue_date":"2026-03-02","due_date":"2026-03-16",
                 "line_items":[{"name":"Repair","qty":1,"rate":"%s"}]}""".formatted(contact.data().get("id"), rate), token);
        assertThat(invoice.status()).as(String.valueOf(invoice.body)).isEqualTo(201);
        return (String) invoice.data().get("id");
    }

    private String sentInvoice(String rate) {
        String id = draftInvoice(rate);
        Reply sent = call("POST", "/v1/invoices/" + id + "/send", "{}", token);
        assertThat(sent.status()).as(String.valueOf(sent.body)).isEqualTo(200);
        return id;
    }

    private Map<String, Object> detail(String invoice) {
        return call("GET", "/v1/invoices/" + invoice, null, token).data();
    }

    private List<Map<String, Object>> payments(String invoice) {
        return call("GET", "/v1/payments?invoice_id=" + invoice, null, token).list();
    }

    @SuppressWarnings("unchecked")
    private static String money(Map<String, Object> object, String field) {
        return (String) ((Map<String, Object>) object.get(field)).get("amount");
    }

    private static int runJobs() {
        CoreServices core = server.getApplicationContext().getBean(CoreServices.class);
        int total = 0;
        int ran;
        do {
            ran = core.jobs().runDueJobs(50);
            total += ran;
        } while (ran > 0);
        return total;
    }

    private static long webhookEvents() {
        try (var connection = db.ownerDataSource().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from webhook_events")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply deliver(String event) {
        return post(event, StripeSignatures.sign(event, SECRET, Instant.now().getEpochSecond()));
    }

    private static Reply post(String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve("/v1/webhooks/stripe"))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).header("Content-Type", "application/json");
        if (signature != null) {
            request.header(StripeSignatures.HEADER, signature);
        }
        return send(request);
    }

    private static Reply call(String method, String path, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    @SuppressWarnings("unchecked")
    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> body = response.body().isBlank() ? Map.of() : json.readValue(response.body(), Map.class);
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Reply(int status, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) body.get("data");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body.get("data");
        }
    }
}
