package io.smbhub.adapter.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.regex.Pattern;

/**
 * Which Stripe failures are worth retrying, and how every failure reads as a {@code PROVIDER_ERROR} for people.
 * Messages never carry API keys or webhook secrets: Stripe's own text is passed through {@link #redact}.
 */
final class StripeFailures {

    static final String UNAVAILABLE_MESSAGE = "Stripe is unavailable; try again shortly";

    private static final Pattern SECRETS = Pattern.compile("\\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9*]+|\\bwhsec_[A-Za-z0-9*]+");

    private StripeFailures() {
    }

    /**
     * Retry only what a second identical attempt (same idempotency key) can fix: network failures and timeouts,
     * rate limits, Stripe's 5xx answers and 409 {@code lock_timeout}. Card declines, invalid requests and
     * authentication failures are final.
     */
    static boolean retryable(Throwable failure) {
        if (!(failure instanceof StripeException stripe)) {
            return false;
        }
        if (failure instanceof CardException || failure instanceof AuthenticationException
                || failure instanceof PermissionException) {
            return false;
        }
        Integer status = stripe.getStatusCode();
        if (status != null && status == 409 && "lock_timeout".equals(stripe.getCode())) {
            return true;
        }
        if (failure instanceof InvalidRequestException) {
            return false;
        }
        if (failure instanceof ApiConnectionException || failure instanceof RateLimitException) {
            return true;
        }
        return status != null && status >= 500;
    }

    /** {@code failure} of the call that tried to {@code action} (e.g. "create the checkout") as a DomainException. */
    static DomainException toDomain(String action, Throwable failure) {
        if (failure instanceof DomainException domain) {
            return domain;
        }
        if (failure instanceof CallNotPermittedException) {
            return providerError(UNAVAILABLE_MESSAGE);
        }
        if (failure instanceof ApiConnectionException) {
            return providerError("Stripe did not answer in time, so it could not " + action
                    + " (network error or timeout); try again shortly");
        }
        if (failure instanceof RateLimitException) {
            return providerError("Stripe is limiting requests, so it could not " + action + "; try again shortly");
        }
        if (failure instanceof AuthenticationException || failure instanceof PermissionException) {
            return providerError("Stripe rejected the API key while trying to " + action
                    + ": " + stripeMessage((StripeException) failure) + "; check the Stripe key configured for this account");
        }
        if (failure instanceof StripeException stripe) {
            Integer status = stripe.getStatusCode();
            if (retryable(stripe)) {
                return providerError("Stripe had a temporary problem (HTTP " + status + ") and could not " + action
                        + ": " + stripeMessage(stripe) + "; try again shortly");
            }
            return providerError("Stripe refused to " + action + ": " + stripeMessage(stripe));
        }
        return providerError("Stripe sent an answer SMB Hub could not read while trying to " + action
                + "; check the payment in the Stripe dashboard before trying again");
    }

    /** {@code text} with anything shaped like a Stripe key or webhook secret replaced by {@code [redacted]}. */
    static String redact(String text) {
        return text == null ? null : SECRETS.matcher(text).replaceAll("[redacted]");
    }

    private static String stripeMessage(StripeException failure) {
        String message = failure.getStripeError() != null && failure.getStripeError().getMessage() != null
                ? failure.getStripeError().getMessage()
                : failure.getMessage();
        return message == null ? "no reason given" : redact(message.strip());
    }

    private static DomainException providerError(String message) {
        return new DomainException(ErrorCode.PROVIDER_ERROR, message);
    }
}
