package io.smbhub.adapter.stripe;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.Stripe;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realistic Stripe webhook event JSON ({@code object: "event"}, {@code id: evt_…}, {@code created},
 * {@code api_version}, {@code data.object} shaped as Stripe sends it, with metadata) for
 * {@code checkout.session.completed}, {@code checkout.session.async_payment_succeeded},
 * {@code payment_intent.succeeded}, {@code payment_intent.payment_failed} and {@code charge.refunded}.
 * Amounts are Stripe minor units, currencies lower case. Test support, shipped in the test-jar.
 *
 * <pre>{@code
 * String json = StripeEventFixtures.event().tenantId(t).invoiceId(i).amountMinor(12050).currency("usd")
 *         .checkoutSessionCompleted();
 * }</pre>
 */
public final class StripeEventFixtures {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private StripeEventFixtures() {
    }

    /** A builder with fresh ids, USD 120.50, paid, created now, the library's API version and no account. */
    public static Builder event() {
        return new Builder();
    }

    /** {@code prefix} followed by 24 random letters and digits, like Stripe's ids ({@code evt_}, {@code pi_}…). */
    public static String stripeId(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 24; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** Fluent parameters of one event; every setter returns this builder. */
    public static final class Builder {
        private String eventId = stripeId("evt_");
        private long created = Instant.now().getEpochSecond();
        private String apiVersion = Stripe.API_VERSION;
        private String account;
        private String tenantId;
        private String invoiceId;
        private String invoiceNumber = "INV-000123";
        private Map<String, String> metadata;
        private boolean withoutMetadata;
        private String paymentIntentId = stripeId("pi_");
        private String checkoutSessionId = stripeId("cs_test_");
        private String chargeId = stripeId("ch_");
        private long amountMinor = 12050;
        private String currency = "usd";
        private Long amountRefunded;
        private String paymentStatus = "paid";
        private String failureMessage = "Your card was declined.";
        private String customerEmail = "jenny.rosen@example.com";
        private String paymentMethodType = "card";

        private Builder() {
        }

        public Builder eventId(String value) { eventId = value; return this; }

        /** Event creation time, epoch seconds. */
        public Builder created(long epochSeconds) { created = epochSeconds; return this; }

        public Builder apiVersion(String value) { apiVersion = value; return this; }

        /** Connected account the event comes from ({@code acct_…}); null for the platform. */
        public Builder account(String value) { account = value; return this; }

        /** {@code metadata.tenant_id}; any text, so tests can send malformed ids. */
        public Builder tenantId(Object value) { tenantId = value == null ? null : value.toString(); return this; }

        /** {@code metadata.invoice_id}; any text. */
        public Builder invoiceId(Object value) { invoiceId = value == null ? null : value.toString(); return this; }

        public Builder invoiceNumber(String value) { invoiceNumber = value; return this; }

        /** Replaces the generated metadata entirely. */
        public Builder metadata(Map<String, String> value) { metadata = new LinkedHashMap<>(value); return this; }

        /** Sends {@code "metadata": {}}, as for payments not created through SMB Hub. */
        public Builder withoutMetadata() { withoutMetadata = true; return this; }

        public Builder paymentIntentId(String value) { paymentIntentId = value; return this; }

        public Builder checkoutSessionId(String value) { checkoutSessionId = value; return this; }

        public Builder chargeId(String value) { chargeId = value; return this; }

        /** Amount in Stripe minor units (12050 = USD 120.50, 500 = JPY 500). */
        public Builder amountMinor(long value) { amountMinor = value; return this; }

        /** Lower-case ISO code as Stripe sends it. */
        public Builder currency(String value) { currency = value; return this; }

        /** Cumulative refunded amount in minor units for {@code charge.refunded}; defaults to the full amount. */
        public Builder amountRefunded(long value) { amountRefunded = value; return this; }

        /** {@code payment_status} of a checkout session: {@code paid}, {@code unpaid}, {@code no_payment_required}. */
        public Builder paymentStatus(String value) { paymentStatus = value; return this; }

        /** {@code last_payment_error.message} for {@code payment_intent.payment_failed}. */
        public Builder failureMessage(String value) { failureMessage = value; return this; }

        public Builder customerEmail(String value) { customerEmail = value; return this; }

        /** E.g. {@code card}, {@code us_bank_account}, {@code sepa_debit}. */
        public Builder paymentMethodType(String value) { paymentMethodType = value; return this; }

        public String checkoutSessionCompleted() {
            return envelope("checkout.session.completed", checkoutSession(paymentStatus));
        }

        /** A delayed-notification payment method (e.g. bank debit) settled after the session completed unpaid. */
        public String checkoutSessionAsyncPaymentSucceeded() {
            return envelope("checkout.session.async_payment_succeeded", checkoutSession("paid"));
        }

        public String paymentIntentSucceeded() {
            return envelope("payment_intent.succeeded", paymentIntent(true));
        }

        public String paymentIntentPaymentFailed() {
            return envelope("payment_intent.payment_failed", paymentIntent(false));
        }

        public String chargeRefunded() {
            JsonObject previous = new JsonObject();
            previous.addProperty("amount_refunded", 0);
            previous.addProperty("refunded", false);
            return envelope("charge.refunded", charge(), previous);
        }

        /** Any event type around a given {@code data.object} JSON (for shapes the translator must ignore). */
        public String custom(String type, String dataObjectJson) {
            return envelope(type, JsonParser.parseString(dataObjectJson).getAsJsonObject());
        }

        private JsonObject metadataObject() {
            JsonObject object = new JsonObject();
            if (withoutMetadata) {
                return object;
            }
            if (metadata != null) {
                metadata.forEach(object::addProperty);
                return object;
            }
            if (tenantId != null) {
                object.addProperty("tenant_id", tenantId);
            }
            if (invoiceId != null) {
                object.addProperty("invoice_id", invoiceId);
            }
            if (invoiceNumber != null) {
                object.addProperty("invoice_number", invoiceNumber);
            }
            return object;
        }

        private JsonObject checkoutSession(String status) {
            JsonObject session = new JsonObject();
            session.addProperty("id", checkoutSessionId);
            session.addProperty("object", "checkout.session");
            session.add("after_expiration", JsonNull.INSTANCE);
            session.add("allow_promotion_codes", JsonNull.INSTANCE);
            session.addProperty("amount_subtotal", amountMinor);
            session.addProperty("amount_total", amountMinor);
            JsonObject tax = new JsonObject();
            tax.addProperty("enabled", false);
            tax.add("liability", JsonNull.INSTANCE);
            tax.add("status", JsonNull.INSTANCE);
            session.add("automatic_tax", tax);
            session.add("billing_address_collection", JsonNull.INSTANCE);
            session.addProperty("cancel_url", "https://smbhub.example/portal/invoices/cancelled");
            session.addProperty("client_reference_id", invoiceId);
            session.addProperty("created", created - 120);
            session.addProperty("currency", currency);
            session.add("customer", JsonNull.INSTANCE);
            session.addProperty("customer_creation", "if_required");
            JsonObject details = new JsonObject();
            details.add("address", JsonNull.INSTANCE);
            details.addProperty("email", customerEmail);
            details.addProperty("name", "Jenny Rosen");
            details.add("phone", JsonNull.INSTANCE);
            details.addProperty("tax_exempt", "none");
            details.add("tax_ids", new JsonArray());
            session.add("customer_details", details);
            session.addProperty("customer_email", customerEmail);
            session.addProperty("expires_at", created + 86_280);
            session.add("invoice", JsonNull.INSTANCE);
            session.addProperty("livemode", false);
            session.add("locale", JsonNull.INSTANCE);
            session.add("metadata", metadataObject());
            session.addProperty("mode", "payment");
            session.addProperty("payment_intent", paymentIntentId);
            session.add("payment_link", JsonNull.INSTANCE);
            session.addProperty("payment_method_collection", "if_required");
            session.add("payment_method_types", stringArray(paymentMethodType));
            session.addProperty("payment_status", status);
            session.addProperty("status", "complete");
            session.add("submit_type", JsonNull.INSTANCE);
            session.addProperty("success_url", "https://smbhub.example/portal/invoices/paid");
            JsonObject totals = new JsonObject();
            totals.addProperty("amount_discount", 0);
            totals.addProperty("amount_shipping", 0);
            totals.addProperty("amount_tax", 0);
            session.add("total_details", totals);
            session.addProperty("ui_mode", "hosted");
            session.add("url", JsonNull.INSTANCE);
            return session;
        }

        private JsonObject paymentIntent(boolean succeeded) {
            JsonObject intent = new JsonObject();
            intent.addProperty("id", paymentIntentId);
            intent.addProperty("object", "payment_intent");
            intent.addProperty("amount", amountMinor);
            intent.addProperty("amount_capturable", 0);
            intent.addProperty("amount_received", succeeded ? amountMinor : 0);
            intent.add("application", JsonNull.INSTANCE);
            intent.add("canceled_at", JsonNull.INSTANCE);
            intent.addProperty("capture_method", "automatic_async");
            intent.addProperty("client_secret", paymentIntentId + "_secret_" + stripeId("").substring(0, 20));
            intent.addProperty("confirmation_method", "automatic");
            intent.addProperty("created", created - 30);
            intent.addProperty("currency", currency);
            intent.add("customer", JsonNull.INSTANCE);
            intent.addProperty("description", "Invoice " + invoiceNumber);
            if (succeeded) {
                intent.add("last_payment_error", JsonNull.INSTANCE);
                intent.addProperty("latest_charge", chargeId);
            } else {
                JsonObject error = new JsonObject();
                error.addProperty("charge", chargeId);
                error.addProperty("code", "card_declined");
                error.addProperty("decline_code", "generic_decline");
                error.addProperty("doc_url", "https://stripe.com/docs/error-codes/card-declined");
                error.addProperty("message", failureMessage);
                JsonObject method = new JsonObject();
                method.addProperty("id", stripeId("pm_"));
                method.addProperty("object", "payment_method");
                method.addProperty("type", paymentMethodType);
                error.add("payment_method", method);
                error.addProperty("type", "card_error");
                intent.add("last_payment_error", error);
                intent.addProperty("latest_charge", chargeId);
            }
            intent.addProperty("livemode", false);
            intent.add("metadata", metadataObject());
            intent.addProperty("payment_method", succeeded ? stripeId("pm_") : null);
            intent.add("payment_method_types", stringArray(paymentMethodType));
            intent.add("receipt_email", JsonNull.INSTANCE);
            intent.addProperty("status", succeeded ? "succeeded" : "requires_payment_method");
            return intent;
        }

        private JsonObject charge() {
            long refunded = amountRefunded == null ? amountMinor : amountRefunded;
            JsonObject charge = new JsonObject();
            charge.addProperty("id", chargeId);
            charge.addProperty("object", "charge");
            charge.addProperty("amount", amountMinor);
            charge.addProperty("amount_captured", amountMinor);
            charge.addProperty("amount_refunded", refunded);
            charge.addProperty("balance_transaction", stripeId("txn_"));
            JsonObject billing = new JsonObject();
            billing.addProperty("email", customerEmail);
            billing.addProperty("name", "Jenny Rosen");
            charge.add("billing_details", billing);
            charge.addProperty("captured", true);
            charge.addProperty("created", created - 3600);
            charge.addProperty("currency", currency);
            charge.add("customer", JsonNull.INSTANCE);
            charge.addProperty("description", "Invoice " + invoiceNumber);
            charge.addProperty("disputed", false);
            charge.add("failure_code", JsonNull.INSTANCE);
            charge.add("failure_message", JsonNull.INSTANCE);
            charge.addProperty("livemode", false);
            charge.add("metadata", metadataObject());
            charge.addProperty("paid", true);
            charge.addProperty("payment_intent", paymentIntentId);
            charge.addProperty("payment_method", stripeId("pm_"));
            JsonObject details = new JsonObject();
            if ("card".equals(paymentMethodType)) {
                JsonObject card = new JsonObject();
                card.addProperty("brand", "visa");
                card.addProperty("country", "US");
                card.addProperty("exp_month", 12);
                card.addProperty("exp_year", 2034);
                card.addProperty("funding", "credit");
                card.addProperty("last4", "4242");
                details.add("card", card);
            }
            details.addProperty("type", paymentMethodType);
            charge.add("payment_method_details", details);
            charge.addProperty("receipt_email", customerEmail);
            charge.addProperty("receipt_url", "https://pay.stripe.com/receipts/payment/" + stripeId("CAcaFwoV"));
            charge.addProperty("refunded", refunded >= amountMinor);
            charge.addProperty("status", "succeeded");
            return charge;
        }

        private String envelope(String type, JsonObject object) {
            return envelope(type, object, null);
        }

        private String envelope(String type, JsonObject object, JsonObject previousAttributes) {
            JsonObject event = new JsonObject();
            event.addProperty("id", eventId);
            event.addProperty("object", "event");
            if (account != null) {
                event.addProperty("account", account);
            }
            event.addProperty("api_version", apiVersion);
            event.addProperty("created", created);
            JsonObject data = new JsonObject();
            data.add("object", object);
            if (previousAttributes != null) {
                data.add("previous_attributes", previousAttributes);
            }
            event.add("data", data);
            event.addProperty("livemode", false);
            event.addProperty("pending_webhooks", 1);
            JsonObject request = new JsonObject();
            request.add("id", JsonNull.INSTANCE);
            request.add("idempotency_key", JsonNull.INSTANCE);
            event.add("request", request);
            event.addProperty("type", type);
            return GSON.toJson(event);
        }

        private static JsonElement stringArray(String value) {
            JsonArray array = new JsonArray();
            array.add(value);
            return array;
        }
    }
}
