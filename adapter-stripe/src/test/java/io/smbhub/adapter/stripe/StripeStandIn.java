package io.smbhub.adapter.stripe;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP stand-in for the parts of Stripe's API that SMB Hub uses, on WireMock (test support, shipped in the
 * test-jar). Point {@link StripeSettings#apiBase()} (or {@code STRIPE_API_BASE}) at {@link #baseUrl()}.
 *
 * <ul>
 *   <li>{@code POST /v1/checkout/sessions}: answers a {@code checkout.session} ({@code cs_test_…}, amount from the
 *       line items, metadata echoed, {@code expires_at} 24 h ahead) whose {@code url} is this stand-in's
 *       {@code GET /c/pay/{id}}: an HTML page titled "Stripe test checkout" naming the amount, with a Pay button
 *       ({@code POST /c/pay/{id}}) that marks the session paid and redirects to {@code success_url}.</li>
 *   <li>{@code GET /v1/checkout/sessions/{id}}; {@code POST /v1/refunds} for payments made through a stand-in
 *       checkout (or {@link #registerPayment}), refusing more than the unrefunded amount as Stripe does.</li>
 *   <li>Requests without {@code Authorization: Bearer …} get Stripe's 401.</li>
 *   <li>{@code Idempotency-Key} as Stripe: the same key with the same parameters replays the saved answer
 *       (header {@code Idempotent-Replayed: true}) without creating again; with other parameters it answers 400
 *       {@code idempotency_error}. Keys are scoped to the API key and {@code Stripe-Account}.</li>
 *   <li>Faults for the next requests to {@code /v1/…}: {@link #failNext} (HTTP 500 {@code api_error}),
 *       {@link #declineNext} (402 {@code card_error}), {@link #rejectNext} (400 {@code invalid_request_error}),
 *       {@link #lockTimeoutNext} (409 {@code lock_timeout}), {@link #delayNext} (the real answer, late). Injected
 *       errors are not saved under the idempotency key (Stripe's behaviour for failures before an endpoint starts
 *       executing), so a retry with the same key succeeds; a delayed request is executed and saved, so the retry
 *       after a client timeout replays it.</li>
 *   <li>Events Stripe would send (checkout paid, refund) are kept in {@link #sentEvents()} and, after
 *       {@link #forwardWebhooksTo}, POSTed signed to a webhook URL.</li>
 * </ul>
 *
 * Run locally with {@link #main}: {@code java -cp … io.smbhub.adapter.stripe.StripeStandIn 12111}.
 */
public final class StripeStandIn implements AutoCloseable {

    /** One received request: method, path, headers (lower-case names, first value) and decoded form fields. */
    public record Call(String method, String path, Map<String, String> headers, Map<String, String> form) {
        /** The first value of header {@code name} (any case), or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A checkout paid through the stand-in: its PaymentIntent and the event JSON Stripe would send (unsigned). */
    public record PaidCheckout(String checkoutSessionId, String paymentIntentId, List<String> events) {
    }

    /** A webhook POSTed by {@link #forwardWebhooksTo}: event type and HTTP status (-1 when the POST failed). */
    public record Delivery(String eventType, int status) {
    }

    private final WireMockServer server;
    private final StripeStandInApi api = new StripeStandInApi();
    private final List<String> sentEvents = new ArrayList<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final ExecutorService webhookSender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stripe-stand-in-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String webhookUrl;
    private volatile String webhookSecret;

    private StripeStandIn(int port) {
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .gzipDisabled(true)
                .disableRequestJournal()
                .notifier(new ConsoleNotifier(false))
                .extensions(api);
        server = new WireMockServer(port == 0 ? options.dynamicPort() : options.port(port));
        server.start();
        server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)));
        api.baseUrl(baseUrl());
        api.eventSink(this::emit);
    }

    /** Starts a stand-in on a free port. */
    public static StripeStandIn start() {
        return new StripeStandIn(0);
    }

    /** Starts a stand-in on {@code port} (0 = a free port). */
    public static StripeStandIn start(int port) {
        return new StripeStandIn(port);
    }

    /** E.g. {@code http://localhost:53127}, no trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    public void stop() {
        server.stop();
        webhookSender.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    /** Forgets every object, saved idempotency key, fault, counter and event. */
    public void reset() {
        api.reset();
        synchronized (sentEvents) {
            sentEvents.clear();
            deliveries.clear();
        }
    }

    /** The next {@code times} API requests answer HTTP 500 {@code api_error}. */
    public void failNext(int times) {
        for (int i = 0; i < times; i++) {
            api.addFault(new StripeStandInApi.Fault(500, "api_error", null, null,
                    "An unknown error occurred while processing your request.", null));
        }
    }

    /** The next API request answers 402 {@code card_error} {@code card_declined} "Your card was declined.". */
    public void declineNext() {
        api.addFault(new StripeStandInApi.Fault(402, "card_error", "card_declined", null, "Your card was declined.", null));
    }

    /** The next API request answers 400 {@code invalid_request_error} about {@code param} with {@code message}. */
    public void rejectNext(String param, String message) {
        api.addFault(new StripeStandInApi.Fault(400, "invalid_request_error", "parameter_invalid", param, message, null));
    }

    /** The next API request answers 409 {@code lock_timeout}, which Stripe says to retry. */
    public void lockTimeoutNext() {
        api.addFault(new StripeStandInApi.Fault(409, "invalid_request_error", "lock_timeout", null,
                "This object cannot be accessed right now because another API request or Stripe process is currently "
                        + "accessing it. If you see this error intermittently, retry the request.", null));
    }

    /**
     * The next API request answers HTTP {@code status} with Stripe's error JSON: {@code type} (e.g.
     * {@code api_error}, {@code invalid_request_error}, {@code card_error}), {@code code} (may be null) and
     * {@code message}.
     */
    public void respondNext(int status, String type, String code, String message) {
        api.addFault(new StripeStandInApi.Fault(status, type, code, null, message, null));
    }

    /** The next {@code times} API requests are executed but answered only after {@code delay}. */
    public void delayNext(int times, Duration delay) {
        for (int i = 0; i < times; i++) {
            api.addFault(new StripeStandInApi.Fault(0, null, null, null, null, delay));
        }
    }

    /** Requests received on {@code path} (e.g. {@code /v1/checkout/sessions}), faults and replays included. */
    public int requestCount(String path) {
        return api.requestCount(path);
    }

    /** Objects created, by Stripe object type: {@code checkout.session}, {@code refund}. Replays do not count. */
    public int createdCount(String objectType) {
        return api.createdCount(objectType);
    }

    /** Requests received on {@code path}, oldest first. */
    public List<Call> calls(String path) {
        return api.calls(path);
    }

    /** The latest request on {@code path}. */
    public Call lastCall(String path) {
        List<Call> calls = calls(path);
        if (calls.isEmpty()) {
            throw new IllegalStateException("The Stripe stand-in received no request on " + path);
        }
        return calls.get(calls.size() - 1);
    }

    /** The stored checkout session as Stripe's JSON, or null for an unknown id. */
    public String checkoutSession(String sessionId) {
        var session = api.session(sessionId);
        return session == null ? null : session.toString();
    }

    /** Pays a checkout as the customer's Pay button would; the events are also recorded and forwarded. */
    public PaidCheckout payCheckout(String sessionId) {
        PaidCheckout paid = api.pay(sessionId);
        if (paid == null) {
            throw new IllegalArgumentException("The Stripe stand-in has no checkout session " + sessionId);
        }
        emit(paid.events());
        return paid;
    }

    /** Makes a captured PaymentIntent known so it can be refunded; {@code currency} any case. */
    public void registerPayment(String paymentIntentId, long amountMinor, String currency, Map<String, String> metadata) {
        api.registerPayment(paymentIntentId, amountMinor, currency, metadata);
    }

    /** Every event Stripe would have sent so far (unsigned JSON), oldest first. */
    public List<String> sentEvents() {
        synchronized (sentEvents) {
            return List.copyOf(sentEvents);
        }
    }

    /**
     * From now on POSTs every event to {@code url} with a {@code Stripe-Signature} made with {@code secret}, on a
     * background thread, like Stripe's webhook delivery.
     */
    public void forwardWebhooksTo(String url, String secret) {
        webhookUrl = url;
        webhookSecret = secret;
    }

    /** Webhook POSTs made so far. */
    public List<Delivery> deliveries() {
        synchronized (sentEvents) {
            return List.copyOf(deliveries);
        }
    }

    /** Waits until at least {@code count} webhook POSTs finished, or {@code timeout} passed; returns them. */
    public List<Delivery> awaitDeliveries(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (deliveries().size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return deliveries();
    }

    private void emit(List<String> events) {
        synchronized (sentEvents) {
            sentEvents.addAll(events);
        }
        String url = webhookUrl;
        String secret = webhookSecret;
        if (url == null || events.isEmpty()) {
            return;
        }
        webhookSender.submit(() -> events.forEach(event -> deliver(url, secret, event)));
    }

    private void deliver(String url, String secret, String event) {
        String type = JsonParser.parseString(event).getAsJsonObject().get("type").getAsString();
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .header(StripeSignatures.HEADER, StripeSignatures.sign(event, secret, Instant.now().getEpochSecond()))
                    .POST(HttpRequest.BodyPublishers.ofString(event))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        synchronized (sentEvents) {
            deliveries.add(new Delivery(type, status));
        }
    }

    /**
     * Runs a stand-in until the process is stopped. {@code args[0]}: port (default 12111). Environment:
     * {@code STRIPE_STAND_IN_WEBHOOK_URL} and {@code STRIPE_WEBHOOK_SECRET} to forward signed webhooks.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 12111;
        StripeStandIn standIn = start(port);
        String url = System.getenv("STRIPE_STAND_IN_WEBHOOK_URL");
        String secret = System.getenv(StripeSettings.ENV_WEBHOOK_SECRET);
        if (url != null && secret != null) {
            standIn.forwardWebhooksTo(url, secret.split(",")[0].strip());
            System.out.println("Forwarding signed webhooks to " + url);
        }
        System.out.println("Stripe stand-in listening on " + standIn.baseUrl()
                + " (set STRIPE_API_BASE=" + standIn.baseUrl() + " and any STRIPE_API_KEY such as sk_test_local)");
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::stop));
        Thread.currentThread().join();
    }
}
