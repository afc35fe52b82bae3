package io.smbhub.adapter.stripe;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.smbhub.application.port.out.PaymentEventTranslator;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * {@link PaymentEventTranslator} for Stripe webhooks (spec smb-hub-prd.md 12.5).
 *
 * <p>{@link #verify}: Stripe's signature scheme ({@code Stripe-Signature: t=…,v1=…}, HMAC-SHA256 over
 * {@code "t.payload"}) via stripe-java's {@link Webhook#constructEvent}, trying every configured secret, with the
 * configured tolerance on {@code t}.
 *
 * <p>{@link #translate}: reads the raw JSON (not stripe-java's typed objects, which come out empty when the
 * event's {@code api_version} differs from the library's) and maps
 * <ul>
 *   <li>{@code checkout.session.completed} with {@code payment_status} {@code paid}, and
 *       {@code checkout.session.async_payment_succeeded} → PAYMENT_SUCCEEDED (payment = the session's
 *       {@code payment_intent}, amount = {@code amount_total});</li>
 *   <li>{@code payment_intent.succeeded} → PAYMENT_SUCCEEDED (amount = {@code amount_received});</li>
 *   <li>{@code payment_intent.payment_failed} → PAYMENT_FAILED (amount = {@code amount}, failure message =
 *       {@code last_payment_error.message});</li>
 *   <li>{@code charge.refunded} → REFUNDED (payment = the charge's {@code payment_intent}, amount =
 *       {@code amount}, cumulative {@code amount_refunded}; the tenant and invoice come from the charge's metadata,
 *       which Stripe copies from the PaymentIntent when the charge is created);</li>
 *   <li>anything else, an unpaid session, a missing payment id, an unreadable amount, or metadata without valid
 *       {@code tenant_id} and {@code invoice_id} (payments not created by SMB Hub) → IGNORED with null tenant and
 *       invoice. Translation never throws for an unexpected shape.</li>
 * </ul>
 */
public final class StripeWebhookEvents implements PaymentEventTranslator {

    public static final String PROVIDER = "STRIPE";

    private static final Map<String, String> METHOD_LABELS = Map.of(
            "card", "Card",
            "us_bank_account", "US bank account",
            "sepa_debit", "SEPA Direct Debit",
            "bacs_debit", "Bacs Direct Debit",
            "acss_debit", "Pre-authorized debit",
            "au_becs_debit", "BECS Direct Debit",
            "link", "Link",
            "ideal", "iDEAL",
            "customer_balance", "Bank transfer");

    private final StripeSettings settings;
    private final Clock clock;

    public StripeWebhookEvents(StripeSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** {@code clock} decides whether a signed timestamp is within the tolerance (tests pass a fixed clock). */
    public StripeWebhookEvents(StripeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    /**
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code signature} when the header is missing or
     *                         malformed, matches no configured secret, is older than the tolerance, or the payload
     *                         is not a Stripe event; {@code UNAVAILABLE} when no webhook secret is configured
     */
    @Override
    public VerifiedDelivery verify(String payload, String signatureHeader) {
        if (!settings.webhooksConfigured()) {
            throw new DomainException(ErrorCode.UNAVAILABLE,
                    "Stripe webhooks are not configured on this server (set STRIPE_WEBHOOK_SECRET)");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw DomainException.invalid("signature",
                    "The Stripe-Signature header is missing; only deliveries signed by Stripe are accepted");
        }
        if (payload == null || payload.isBlank()) {
            throw DomainException.invalid("signature", "The webhook body is empty; expected a Stripe event");
        }
        long tolerance = settings.signatureTolerance().toSeconds();
        boolean stale = false;
        boolean malformed = false;
        for (String secret : settings.webhookSecrets()) {
            try {
                Event event = Webhook.constructEvent(payload, signatureHeader, secret, tolerance, clock);
                if (event.getId() == null || event.getType() == null) {
                    throw notAnEvent();
                }
                return new VerifiedDelivery(event.getId(), event.getType());
            } catch (SignatureVerificationException e) {
                String reason = e.getMessage() == null ? "" : e.getMessage();
                stale |= reason.contains("tolerance");
                malformed |= reason.contains("Unable to extract") || reason.contains("expected scheme");
            } catch (DomainException e) {
                throw e;
            } catch (RuntimeException e) {
                throw notAnEvent();
            }
        }
        if (stale) {
            throw DomainException.invalid("signature", "The Stripe-Signature timestamp is outside the "
                    + tolerance + " s tolerance; the delivery is too old or a clock is off");
        }
        if (malformed) {
            throw DomainException.invalid("signature",
                    "The Stripe-Signature header is malformed; expected t=<timestamp>,v1=<signature>");
        }
        throw DomainException.invalid("signature", "The Stripe-Signature header does not match this payload for any "
                + "configured webhook secret; check STRIPE_WEBHOOK_SECRET against the endpoint's signing secret");
    }

    @Override
    public PaymentEvent translate(String payload) {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(payload);
            if (!parsed.isJsonObject()) {
                return ignored(null, null, null, null);
            }
            root = parsed.getAsJsonObject();
        } catch (RuntimeException e) {
            return ignored(null, null, null, null);
        }
        String id = text(root, "id");
        String type = text(root, "type");
        Long created = number(root, "created");
        Instant occurredAt = created == null ? null : Instant.ofEpochSecond(created);
        String account = text(root, "account");
        JsonObject data = object(root, "data");
        JsonObject object = data == null ? null : object(data, "object");
        if (type == null || object == null) {
            return ignored(id, type, occurredAt, account);
        }
        Envelope envelope = new Envelope(id, type, occurredAt, account);
        try {
            return switch (type) {
                case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> checkoutSession(envelope, object);
                case "payment_intent.succeeded" -> paymentIntent(envelope, object, Kind.PAYMENT_SUCCEEDED);
                case "payment_intent.payment_failed" -> paymentIntent(envelope, object, Kind.PAYMENT_FAILED);
                case "charge.refunded" -> chargeRefunded(envelope, object);
                default -> ignored(id, type, occurredAt, account);
            };
        } catch (RuntimeException e) {
            return ignored(id, type, occurredAt, account);
        }
    }

    private PaymentEvent checkoutSession(Envelope envelope, JsonObject session) {
        boolean paid = "paid".equals(text(session, "payment_status"));
        return event(envelope, paid ? Kind.PAYMENT_SUCCEEDED : Kind.IGNORED, object(session, "metadata"),
                idOf(session, "payment_intent"), number(session, "amount_total"), null, text(session, "currency"),
                methodLabel(firstText(session, "payment_method_types")), null, null);
    }

    private PaymentEvent paymentIntent(Envelope envelope, JsonObject intent, Kind kind) {
        boolean succeeded = kind == Kind.PAYMENT_SUCCEEDED;
        Long amount = succeeded && number(intent, "amount_received") != null
                ? number(intent, "amount_received") : number(intent, "amount");
        JsonObject lastError = object(intent, "last_payment_error");
        String method = null;
        if (lastError != null && object(lastError, "payment_method") != null) {
            method = text(object(lastError, "payment_method"), "type");
        }
        if (method == null) {
            method = firstText(intent, "payment_method_types");
        }
        String failure = succeeded || lastError == null ? null : text(lastError, "message");
        if (!succeeded && failure == null) {
            failure = "The payment attempt failed";
        }
        return event(envelope, kind, object(intent, "metadata"), text(intent, "id"), amount, null,
                text(intent, "currency"), methodLabel(method), succeeded ? receiptOfIntent(intent) : null, failure);
    }

    private PaymentEvent chargeRefunded(Envelope envelope, JsonObject charge) {
        JsonObject details = object(charge, "payment_method_details");
        return event(envelope, Kind.REFUNDED, object(charge, "metadata"), idOf(charge, "payment_intent"),
                number(charge, "amount"), number(charge, "amount_refunded"), text(charge, "currency"),
                methodLabel(details == null ? null : text(details, "type")), text(charge, "receipt_url"), null);
    }

    private PaymentEvent event(Envelope envelope, Kind wanted, JsonObject metadata, String paymentId, Long amountMinor,
                               Long refundedMinor, String currency, String method, String receiptUrl, String failure) {
        TenantId tenantId = null;
        InvoiceId invoiceId = null;
        if (metadata != null) {
            try {
                tenantId = TenantId.parse(text(metadata, "tenant_id"), "tenant_id");
                invoiceId = InvoiceId.parse(text(metadata, "invoice_id"), "invoice_id");
            } catch (DomainException e) {
                tenantId = null;
                invoiceId = null;
            }
        }
        Money amount = money(amountMinor, currency);
        Money refunded = money(refundedMinor, currency);
        Kind kind = wanted;
        if (tenantId == null || paymentId == null || amount == null || (wanted == Kind.REFUNDED && refunded == null)) {
            kind = Kind.IGNORED;
        }
        return new PaymentEvent(envelope.id(), envelope.type(), kind, envelope.occurredAt(), envelope.account(),
                tenantId, invoiceId, paymentId, amount, kind == Kind.REFUNDED ? refunded : null, method, receiptUrl,
                failure);
    }

    private static PaymentEvent ignored(String id, String type, Instant occurredAt, String account) {
        return new PaymentEvent(id, type, Kind.IGNORED, occurredAt, account, null, null, null, null, null, null, null, null);
    }

    private static DomainException notAnEvent() {
        return DomainException.invalid("signature", "The webhook body is not a Stripe event (expected JSON with id and type)");
    }

    private static Money money(Long minor, String currency) {
        if (minor == null || currency == null) {
            return null;
        }
        try {
            return StripeAmounts.fromMinor(minor, currency);
        } catch (DomainException e) {
            return null;
        }
    }

    /** The receipt URL from an expanded {@code latest_charge}, or from {@code charges.data[0]} (API before 2022-11-15). */
    private static String receiptOfIntent(JsonObject intent) {
        JsonObject latest = object(intent, "latest_charge");
        if (latest != null) {
            return text(latest, "receipt_url");
        }
        JsonObject charges = object(intent, "charges");
        JsonElement list = charges == null ? null : charges.get("data");
        if (list != null && list.isJsonArray() && !list.getAsJsonArray().isEmpty()
                && list.getAsJsonArray().get(0).isJsonObject()) {
            return text(list.getAsJsonArray().get(0).getAsJsonObject(), "receipt_url");
        }
        return null;
    }

    private static String methodLabel(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String known = METHOD_LABELS.get(type);
        if (known != null) {
            return known;
        }
        String words = type.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** A field that is an id string, or an expanded object carrying {@code id}. */
    private static String idOf(JsonObject parent, String key) {
        JsonObject expanded = object(parent, key);
        return expanded != null ? text(expanded, "id") : text(parent, key);
    }

    private static String firstText(JsonObject parent, String key) {
        JsonElement element = parent.get(key);
        if (element == null || !element.isJsonArray()) {
            return null;
        }
        JsonArray array = element.getAsJsonArray();
        return array.isEmpty() || !array.get(0).isJsonPrimitive() ? null : array.get(0).getAsString();
    }

    private static String text(JsonObject parent, String key) {
        JsonElement element = parent.get(key);
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    private static Long number(JsonObject parent, String key) {
        JsonElement element = parent.get(key);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        try {
            return element.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonElement element = parent.get(key);
        return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    }

    private record Envelope(String id, String type, Instant occurredAt, String account) {
    }
}
