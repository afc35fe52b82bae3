package io.smbhub.application.port.in.payment;

/**
 * {@code POST /v1/webhooks/stripe} (spec smb-hub-prd.md 12.5): verifies the delivery's signature, stores the raw
 * event (unique per provider event id, status RECEIVED) and enqueues a {@code WEBHOOK_PROCESS} job in the same
 * transaction, then answers — processing happens later, from the durable queue, with retries. A redelivered
 * event is acknowledged again and stored once.
 *
 * <p>Errors: {@code VALIDATION_ERROR} on {@code signature} (bad, missing or stale signature; nothing stored);
 * {@code UNAVAILABLE} when no webhook secret is configured.
 */
public interface PaymentWebhookUseCase {

    /**
     * @param payload         the exact request body, as UTF-8 text
     * @param signatureHeader the provider's signature header (Stripe: {@code Stripe-Signature})
     */
    Receipt receive(String payload, String signatureHeader);

    /** The acknowledged event: provider event id, type, and whether it had been received before. */
    record Receipt(String providerEventId, String type, boolean duplicate) {
    }
}
