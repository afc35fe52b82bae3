package io.smbhub.application.port.in.payment;

import io.smbhub.application.port.in.Actor;

import java.time.Instant;

/**
 * The tenant's Stripe account (issue 4 "per-tenant Stripe credentials"; {@code /v1/settings/payments/stripe}):
 * by default payments run on the platform's Stripe account (configuration {@code STRIPE_API_KEY}); a tenant may
 * name a connected account of the platform ({@code acct_…}) or its own secret key ({@code sk_…} / restricted
 * {@code rk_…}), which is stored encrypted at rest and never shown again (only its last four characters).
 * OWNER and ADMIN only ({@code MANAGE_SETTINGS}); changes are audited as {@code tenant.payment_account_changed}
 * without the key.
 *
 * <p>Errors: {@code FORBIDDEN}; {@code VALIDATION_ERROR} on {@code connected_account_id} / {@code secret_key} when
 * both or neither is given or the format is wrong.
 */
public interface PaymentAccountUseCase {

    PaymentAccountView get(Actor actor);

    PaymentAccountView set(Actor actor, String connectedAccountId, String secretKey);

    /** Back to the platform account; answers the new state. */
    PaymentAccountView remove(Actor actor);

    /** Which account mode is in use. */
    enum Mode { PLATFORM, CONNECTED_ACCOUNT, OWN_KEY }

    /**
     * The state shown to clients: mode, the connected account id (not secret), the last four characters of the
     * tenant's own key, when it last changed (UTC), and whether this server has Stripe configured at all.
     */
    record PaymentAccountView(Mode mode, String connectedAccountId, String secretKeyLast4, Instant updatedAt,
                              boolean onlinePaymentsConfigured) {
    }
}
