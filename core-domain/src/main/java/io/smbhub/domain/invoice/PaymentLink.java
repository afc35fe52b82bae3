package io.smbhub.domain.invoice;

import io.smbhub.domain.shared.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The online payment link stored on an invoice (spec smb-hub-prd.md 2.1 "payment_link_url", 3.2 Flow C):
 * the customer-facing checkout {@code url}, the provider's reference (e.g. a Stripe Checkout Session id
 * {@code cs_…}), the {@code amount} it collects (invoice currency) and when it expires (UTC).
 */
public record PaymentLink(String url, String providerReference, Money amount, Instant expiresAt) {

    /** A link is not handed out when it expires within this margin: the customer needs time to pay. */
    public static final Duration REUSE_MARGIN = Duration.ofMinutes(30);

    public PaymentLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True when this link still collects exactly {@code amountDue} and stays valid past {@code now + margin}. */
    public boolean reusableFor(Money amountDue, Instant now) {
        return amount.equals(amountDue) && expiresAt.isAfter(now.plus(REUSE_MARGIN));
    }
}
