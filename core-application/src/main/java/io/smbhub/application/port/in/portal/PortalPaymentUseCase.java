package io.smbhub.application.port.in.portal;

/**
 * The Pay button of the client portal (spec smb-hub-prd.md 3.13, 3.2 Flow C): the holder of an invoice's portal
 * link asks for the payment provider's hosted checkout for the current amount due; the provider sends the
 * customer back to the same portal page. Audited as {@code portal.pay.clicked}.
 *
 * <p>Errors: {@code NOT_FOUND} as {@link PortalQueries}; {@code INVALID_TRANSITION} when nothing is due (paid or
 * void); {@code CAPABILITY_DISABLED} when payments are off in the profile; {@code UNAVAILABLE} when online
 * payments are not configured; {@code PROVIDER_ERROR} when the provider failed.
 */
public interface PortalPaymentUseCase {

    /** {@code POST /portal/invoices/{token}/pay}: the absolute checkout URL to send the customer to. */
    String checkoutUrl(String token);
}
