package io.smbhub.application.port.out;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;

/**
 * Reads a payment provider's webhook deliveries (spec smb-hub-prd.md 12.5): verifies the signature on
 * receipt, and later translates the stored raw payload into one provider-neutral {@link PaymentEvent}.
 */
public interface PaymentEventTranslator {

    /** Provider name stored with each event, e.g. {@code STRIPE}. */
    String provider();

    /**
     * Verifies {@code signatureHeader} over the exact {@code payload} bytes (as UTF-8 text) with the configured
     * webhook secret(s) and a tolerance window on the signed timestamp.
     *
     * @return the provider's event id (e.g. {@code evt_…}) and type (e.g. {@code checkout.session.completed})
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code signature} when the signature is missing,
     *                         wrong or outside the tolerance, or the payload is not an event;
     *                         {@code UNAVAILABLE} when no webhook secret is configured
     */
    VerifiedDelivery verify(String payload, String signatureHeader);

    /** Translates a payload that {@link #verify} accepted earlier. Never calls the provider. */
    PaymentEvent translate(String payload);

    record VerifiedDelivery(String providerEventId, String type) {
    }

    /** What a provider event means for us. */
    enum Kind {
        /** Money captured: create or confirm the payment {@code providerPaymentId} for {@code amount}. */
        PAYMENT_SUCCEEDED,
        /** An attempt failed: record a FAILED payment (customer may retry), {@code failureMessage} says why. */
        PAYMENT_FAILED,
        /** Refunds on a payment now total {@code amountRefunded} (cumulative, not the delta). */
        REFUNDED,
        /** Verified but of no interest (other types, or not created by us): stored and marked IGNORED. */
        IGNORED
    }

    /**
     * A provider event in our terms. {@code tenantId}/{@code invoiceId} come from the metadata we set at checkout
     * (null when absent); {@code providerPaymentId} identifies the payment across events (for Stripe the
     * PaymentIntent id {@code pi_…}); {@code amount} is the captured (or attempted) amount and
     * {@code amountRefunded} the cumulative refunded amount (REFUNDED only), both in the payment currency;
     * {@code occurredAt} is the provider's event time (UTC); {@code account} the connected account (e.g.
     * {@code acct_…}) the event came from, or null; {@code methodLabel} e.g. "Card"; {@code receiptUrl} may be null.
     */
    record PaymentEvent(String providerEventId, String type, Kind kind, Instant occurredAt, String account,
                        TenantId tenantId, InvoiceId invoiceId, String providerPaymentId, Money amount,
                        Money amountRefunded, String methodLabel, String receiptUrl, String failureMessage) {
    }
}
