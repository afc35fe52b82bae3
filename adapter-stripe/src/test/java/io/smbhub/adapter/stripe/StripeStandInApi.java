package io.smbhub.adapter.stripe;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import io.smbhub.domain.shared.Money;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The behaviour behind {@link StripeStandIn}: one WireMock transformer that answers every request from in-memory
 * state, the way Stripe's API would. Package-private; use {@link StripeStandIn}.
 */
final class StripeStandInApi implements ResponseDefinitionTransformerV2 {

    static final String NAME = "stripe-stand-in";

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

    /** An injected answer for the next /v1 request: an error (status > 0) or a delay before the real answer. */
    record Fault(int status, String type, String code, String param, String message, Duration delay) {
    }

    /** A saved idempotent result. */
    private record Saved(String path, Map<String, String> form, int status, String body) {
    }

    /** A payment made through a stand-in checkout (or registered by a test). */
    static final class Payment {
        final String paymentIntentId;
        final String chargeId;
        final long amount;
        final String currency;
        final Map<String, String> metadata;
        final String account;
        long refunded;

        Payment(String paymentIntentId, String chargeId, long amount, String currency, Map<String, String> metadata,
                String account) {
            this.paymentIntentId = paymentIntentId;
            this.chargeId = chargeId;
            this.amount = amount;
            this.currency = currency;
            this.metadata = Map.copyOf(metadata);
            this.account = account;
        }
    }

    private final Map<String, Integer> requestCounts = new HashMap<>();
    private final Map<String, Integer> createdCounts = new HashMap<>();
    private final List<StripeStandIn.Call> calls = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Map<String, Saved> idempotent = new HashMap<>();
    private final Map<String, JsonObject> sessions = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> sessionIntentMetadata = new HashMap<>();
    private final Map<String, String> sessionAccounts = new HashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private String baseUrl = "http://localhost";
    private Consumer<List<String>> eventSink = events -> { };

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    synchronized void baseUrl(String value) {
        baseUrl = value;
    }

    synchronized void eventSink(Consumer<List<String>> sink) {
        eventSink = Objects.requireNonNull(sink);
    }

    synchronized void addFault(Fault fault) {
        faults.addLast(fault);
    }

    synchronized void reset() {
        requestCounts.clear();
        createdCounts.clear();
        calls.clear();
        faults.clear();
        idempotent.clear();
        sessions.clear();
        sessionIntentMetadata.clear();
        sessionAccounts.clear();
        payments.clear();
    }

    synchronized int requestCount(String path) {
        return requestCounts.getOrDefault(path, 0);
    }

    synchronized int createdCount(String objectType) {
        return createdCounts.getOrDefault(objectType, 0);
    }

    synchronized List<StripeStandIn.Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    synchronized JsonObject session(String id) {
        JsonObject session = sessions.get(id);
        return session == null ? null : withoutStandInFields(session);
    }

    synchronized Payment payment(String paymentIntentId) {
        return payments.get(paymentIntentId);
    }

    synchronized void registerPayment(String paymentIntentId, long amountMinor, String currency, Map<String, String> metadata) {
        payments.put(paymentIntentId, new Payment(paymentIntentId, StripeEventFixtures.stripeId("ch_"), amountMinor,
                currency.toLowerCase(Locale.ROOT), metadata, null));
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        List<String> events = new ArrayList<>();
        ResponseDefinition answer;
        Consumer<List<String>> sink;
        synchronized (this) {
            answer = answer(serveEvent.getRequest(), events);
            sink = eventSink;
        }
        if (!events.isEmpty()) {
            sink.accept(List.copyOf(events));
        }
        return answer;
    }

    private ResponseDefinition answer(Request request, List<String> events) {
        String path = URI.create(request.getUrl()).getPath();
        String method = request.getMethod().getName();
        Map<String, String> form = parseForm(request.getBodyAsString());
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key().toLowerCase(Locale.ROOT), header.firstValue());
        }
        StripeStandIn.Call call = new StripeStandIn.Call(method, path, Map.copyOf(headers), Map.copyOf(form));
        calls.add(call);
        requestCounts.merge(path, 1, Integer::sum);

        if (path.startsWith("/c/pay/")) {
            return checkoutPage(method, path.substring("/c/pay/".length()), events);
        }
        if (!path.startsWith("/v1/")) {
            return html(404, "Not found", "<p>The Stripe stand-in serves /v1/… and /c/pay/….</p>");
        }
        String authorization = call.header("authorization");
        if (authorization == null || authorization.length() <= "Basic ".length()
                || !(authorization.startsWith("Bearer ") || authorization.startsWith("Basic "))) {
            return error(401, "invalid_request_error", null, null,
                    "You did not provide an API key. You need to provide your API key in the Authorization header, "
                            + "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').", null);
        }
        Fault fault = faults.pollFirst();
        if (fault != null && fault.status() > 0) {
            return error(fault.status(), fault.type(), fault.code(), fault.param(), fault.message(), fault.delay());
        }
        Duration delay = fault == null ? null : fault.delay();

        String key = "POST".equals(method) ? call.header("idempotency-key") : null;
        String scope = null;
        if (key != null) {
            scope = authorization + "|" + Objects.toString(call.header("stripe-account"), "") + "|" + key;
            Saved saved = idempotent.get(scope);
            if (saved != null) {
                if (!saved.path().equals(path) || !saved.form().equals(form)) {
                    return error(400, "idempotency_error", null, null, "Keys for idempotent requests can only be used "
                            + "with the same parameters they were first used with. Try using a key other than '" + key
                            + "' if you meant to execute a different request.", delay);
                }
                return json(saved.status(), saved.body(), delay, true);
            }
        }
        ResponseDefinitionBuilder response = route(method, path, form, call, events);
        if (response == null) {
            return error(404, "invalid_request_error", null, null,
                    "Unrecognized request URL (" + method + ": " + path + "). The Stripe stand-in answers POST "
                            + "/v1/checkout/sessions, GET /v1/checkout/sessions/{id} and POST /v1/refunds.", delay);
        }
        ResponseDefinition built = response.build();
        if (scope != null) {
            idempotent.put(scope, new Saved(path, form, built.getStatus(), built.getBody()));
        }
        return json(built.getStatus(), built.getBody(), delay, false);
    }

    private ResponseDefinitionBuilder route(String method, String path, Map<String, String> form, StripeStandIn.Call call,
                                            List<String> events) {
        if ("POST".equals(method) && path.equals("/v1/checkout/sessions")) {
            return createSession(form, call);
        }
        if ("GET".equals(method) && path.startsWith("/v1/checkout/sessions/")) {
            JsonObject session = sessions.get(path.substring("/v1/checkout/sessions/".length()));
            return session == null
                    ? errorBuilder(404, "invalid_request_error", "resource_missing", "id",
                    "No such checkout.session: '" + path.substring("/v1/checkout/sessions/".length()) + "'")
                    : body(200, withoutStandInFields(session));
        }
        if ("POST".equals(method) && path.equals("/v1/refunds")) {
            return createRefund(form, events);
        }
        return null;
    }

    private ResponseDefinitionBuilder createSession(Map<String, String> form, StripeStandIn.Call call) {
        if (form.get("mode") == null) {
            return errorBuilder(400, "invalid_request_error", "parameter_missing", "mode", "Missing required param: mode.");
        }
        String currency = form.get("line_items[0][price_data][currency]");
        if (currency == null) {
            return errorBuilder(400, "invalid_request_error", "parameter_missing", "line_items[0][price_data][currency]",
                    "Missing required param: line_items[0][price_data][currency].");
        }
        long total = 0;
        for (int i = 0; form.containsKey("line_items[" + i + "][price_data][unit_amount]"); i++) {
            long unit = Long.parseLong(form.get("line_items[" + i + "][price_data][unit_amount]"));
            long quantity = Long.parseLong(form.getOrDefault("line_items[" + i + "][quantity]", "1"));
            total += unit * quantity;
        }
        if (total <= 0) {
            return errorBuilder(400, "invalid_request_error", "parameter_missing", "line_items[0][price_data][unit_amount]",
                    "Missing required param: line_items[0][price_data][unit_amount].");
        }
        String id = StripeEventFixtures.stripeId("cs_test_a1");
        long created = Instant.now().getEpochSecond();
        JsonObject session = new JsonObject();
        session.addProperty("id", id);
        session.addProperty("object", "checkout.session");
        session.add("after_expiration", JsonNull.INSTANCE);
        session.add("allow_promotion_codes", JsonNull.INSTANCE);
        session.addProperty("amount_subtotal", total);
        session.addProperty("amount_total", total);
        session.addProperty("cancel_url", form.get("cancel_url"));
        session.addProperty("client_reference_id", form.get("client_reference_id"));
        session.addProperty("created", created);
        session.addProperty("currency", currency.toLowerCase(Locale.ROOT));
        session.add("customer", JsonNull.INSTANCE);
        session.addProperty("customer_creation", "if_required");
        session.add("customer_details", JsonNull.INSTANCE);
        session.addProperty("customer_email", form.get("customer_email"));
        session.addProperty("expires_at", created + 86_400);
        session.add("invoice", JsonNull.INSTANCE);
        session.addProperty("livemode", false);
        session.add("locale", JsonNull.INSTANCE);
        session.add("metadata", prefixed(form, "metadata"));
        session.addProperty("mode", form.get("mode"));
        session.add("payment_intent", JsonNull.INSTANCE);
        session.addProperty("payment_method_collection", "if_required");
        session.add("payment_method_types", GSON.toJsonTree(List.of("card")));
        session.addProperty("payment_status", "unpaid");
        session.addProperty("status", "open");
        session.addProperty("success_url", form.get("success_url"));
        session.addProperty("ui_mode", "hosted");
        session.addProperty("url", baseUrl + "/c/pay/" + id);
        session.addProperty("stand_in_product_name", form.get("line_items[0][price_data][product_data][name]"));
        sessions.put(id, session);
        sessionIntentMetadata.put(id, metadataMap(form, "payment_intent_data[metadata]"));
        String account = call.header("stripe-account");
        if (account != null) {
            sessionAccounts.put(id, account);
        }
        createdCounts.merge("checkout.session", 1, Integer::sum);
        return body(200, withoutStandInFields(session));
    }

    private ResponseDefinitionBuilder createRefund(Map<String, String> form, List<String> events) {
        String intentId = form.get("payment_intent");
        if (intentId == null) {
            return errorBuilder(400, "invalid_request_error", "parameter_missing", "payment_intent",
                    "One of the following params should be provided for this request: payment_intent or charge.");
        }
        Payment payment = payments.get(intentId);
        if (payment == null) {
            return errorBuilder(400, "invalid_request_error", "resource_missing", "payment_intent",
                    "No such payment_intent: '" + intentId + "'");
        }
        long remaining = payment.amount - payment.refunded;
        if (remaining <= 0) {
            return errorBuilder(400, "invalid_request_error", "charge_already_refunded", null,
                    "Charge " + payment.chargeId + " has already been refunded.");
        }
        long amount = form.containsKey("amount") ? Long.parseLong(form.get("amount")) : remaining;
        if (amount > remaining) {
            return errorBuilder(400, "invalid_request_error", "amount_too_large", "amount",
                    "Refund amount (" + display(amount, payment.currency) + ") is greater than unrefunded amount on charge ("
                            + display(remaining, payment.currency) + ")");
        }
        payment.refunded += amount;
        JsonObject refund = new JsonObject();
        refund.addProperty("id", StripeEventFixtures.stripeId("re_"));
        refund.addProperty("object", "refund");
        refund.addProperty("amount", amount);
        refund.addProperty("balance_transaction", StripeEventFixtures.stripeId("txn_"));
        refund.addProperty("charge", payment.chargeId);
        refund.addProperty("created", Instant.now().getEpochSecond());
        refund.addProperty("currency", payment.currency);
        refund.add("metadata", prefixed(form, "metadata"));
        refund.addProperty("payment_intent", payment.paymentIntentId);
        refund.add("reason", JsonNull.INSTANCE);
        refund.add("receipt_number", JsonNull.INSTANCE);
        refund.add("source_transfer_reversal", JsonNull.INSTANCE);
        refund.addProperty("status", "succeeded");
        refund.add("transfer_reversal", JsonNull.INSTANCE);
        createdCounts.merge("refund", 1, Integer::sum);
        events.add(StripeEventFixtures.event()
                .account(payment.account)
                .metadata(payment.metadata)
                .paymentIntentId(payment.paymentIntentId)
                .chargeId(payment.chargeId)
                .amountMinor(payment.amount)
                .amountRefunded(payment.refunded)
                .currency(payment.currency)
                .chargeRefunded());
        return body(200, refund);
    }

    /** Marks a session paid as a customer would; returns the events Stripe would send, or null for an unknown id. */
    synchronized StripeStandIn.PaidCheckout pay(String sessionId) {
        JsonObject session = sessions.get(sessionId);
        if (session == null) {
            return null;
        }
        if ("paid".equals(session.get("payment_status").getAsString())) {
            return new StripeStandIn.PaidCheckout(sessionId, session.get("payment_intent").getAsString(), List.of());
        }
        String intentId = StripeEventFixtures.stripeId("pi_");
        String chargeId = StripeEventFixtures.stripeId("ch_");
        long amount = session.get("amount_total").getAsLong();
        String currency = session.get("currency").getAsString();
        String account = sessionAccounts.get(sessionId);
        Map<String, String> intentMetadata = sessionIntentMetadata.getOrDefault(sessionId, Map.of());
        payments.put(intentId, new Payment(intentId, chargeId, amount, currency, intentMetadata, account));
        session.addProperty("payment_intent", intentId);
        session.addProperty("payment_status", "paid");
        session.addProperty("status", "complete");
        Map<String, String> sessionMetadata = new LinkedHashMap<>();
        session.getAsJsonObject("metadata").entrySet().forEach(e -> sessionMetadata.put(e.getKey(), e.getValue().getAsString()));
        String email = session.get("customer_email").isJsonNull() ? "jenny.rosen@example.com"
                : session.get("customer_email").getAsString();
        String completed = StripeEventFixtures.event()
                .account(account).metadata(sessionMetadata).checkoutSessionId(sessionId).paymentIntentId(intentId)
                .chargeId(chargeId).amountMinor(amount).currency(currency).customerEmail(email)
                .checkoutSessionCompleted();
        String succeeded = StripeEventFixtures.event()
                .account(account).metadata(intentMetadata).paymentIntentId(intentId).chargeId(chargeId)
                .amountMinor(amount).currency(currency).customerEmail(email)
                .paymentIntentSucceeded();
        return new StripeStandIn.PaidCheckout(sessionId, intentId, List.of(completed, succeeded));
    }

    private ResponseDefinition checkoutPage(String method, String sessionId, List<String> events) {
        JsonObject session = sessions.get(sessionId);
        if (session == null) {
            return html(404, "Stripe test checkout", "<p>Something went wrong: this checkout session does not exist.</p>");
        }
        String amount = display(session.get("amount_total").getAsLong(), session.get("currency").getAsString());
        String product = session.get("stand_in_product_name").isJsonNull() ? ""
                : session.get("stand_in_product_name").getAsString();
        if ("POST".equals(method)) {
            StripeStandIn.PaidCheckout paid = pay(sessionId);
            events.addAll(paid.events());
            String successUrl = session.get("success_url").isJsonNull() ? null
                    : session.get("success_url").getAsString().replace("{CHECKOUT_SESSION_ID}", sessionId);
            if (successUrl != null) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(303).withHeader("Location", successUrl)
                        .build();
            }
            return html(200, "Stripe test checkout", "<p>Paid " + escape(amount) + ".</p>");
        }
        if ("paid".equals(session.get("payment_status").getAsString())) {
            return html(200, "Stripe test checkout", "<p>" + escape(product) + "</p><p>This checkout is already paid ("
                    + escape(amount) + ").</p>");
        }
        String cancel = session.get("cancel_url").isJsonNull() ? "" : session.get("cancel_url").getAsString();
        return html(200, "Stripe test checkout", "<p class=\"product\">" + escape(product) + "</p>"
                + "<p class=\"amount\">" + escape(amount) + "</p>"
                + "<form method=\"post\" action=\"/c/pay/" + escape(sessionId) + "\">"
                + "<button type=\"submit\" id=\"pay\">Pay " + escape(amount) + "</button></form>"
                + (cancel.isEmpty() ? "" : "<p><a id=\"cancel\" href=\"" + escape(cancel) + "\">Cancel</a></p>")
                + "<p><small>Test mode: no money moves.</small></p>");
    }

    private static String display(long minor, String currency) {
        Money money = StripeAmounts.fromMinor(minor, currency);
        return money.currency() + " " + money.toPlainString();
    }

    private static JsonObject withoutStandInFields(JsonObject session) {
        JsonObject copy = session.deepCopy();
        copy.remove("stand_in_product_name");
        return copy;
    }

    private static JsonObject prefixed(Map<String, String> form, String prefix) {
        JsonObject object = new JsonObject();
        metadataMap(form, prefix).forEach(object::addProperty);
        return object;
    }

    private static Map<String, String> metadataMap(Map<String, String> form, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        String start = prefix + "[";
        form.forEach((key, value) -> {
            if (key.startsWith(start) && key.endsWith("]") && key.indexOf('[', start.length()) < 0) {
                values.put(key.substring(start.length(), key.length() - 1), value);
            }
        });
        return values;
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }

    private static ResponseDefinitionBuilder body(int status, JsonObject object) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withBody(GSON.toJson(object));
    }

    private static ResponseDefinition json(int status, String body, Duration delay, boolean replayed) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", StripeEventFixtures.stripeId("req_").substring(0, 18))
                .withHeader("Stripe-Version", Stripe.API_VERSION)
                .withBody(body);
        if (replayed) {
            builder.withHeader("Idempotent-Replayed", "true");
        }
        if (delay != null) {
            builder.withFixedDelay(Math.toIntExact(delay.toMillis()));
        }
        return builder.build();
    }

    private static ResponseDefinitionBuilder errorBuilder(int status, String type, String code, String param, String message) {
        JsonObject error = new JsonObject();
        if (code != null) {
            error.addProperty("code", code);
            error.addProperty("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        error.addProperty("message", message);
        if (param != null) {
            error.addProperty("param", param);
        }
        error.addProperty("request_log_url", "https://dashboard.stripe.com/test/logs/" + StripeEventFixtures.stripeId("req_"));
        error.addProperty("type", type);
        if ("card_error".equals(type)) {
            error.addProperty("decline_code", "generic_decline");
        }
        JsonObject root = new JsonObject();
        root.add("error", error);
        return body(status, root);
    }

    private static ResponseDefinition error(int status, String type, String code, String param, String message,
                                            Duration delay) {
        ResponseDefinition built = errorBuilder(status, type, code, param, message).build();
        return json(status, built.getBody(), delay, false);
    }

    private static ResponseDefinition html(int status, String title, String content) {
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + content + "</body></html>";
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(page).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
