package io.smbhub.application.port.in.payment;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.TenantId;

/**
 * Online payment links for invoices (spec smb-hub-prd.md 3.2 Flow C, 12.3.6 "payment-link", 3.13 Pay button):
 * a hosted checkout at the payment provider for the invoice's current amount due. The link is stored on the
 * invoice ({@code payment_link_url}) and reused while it is unexpired and for the same amount due; otherwise
 * a new checkout is created (with a provider idempotency key derived from the invoice and its version, so a
 * retried request never creates two). A provider failure leaves the invoice unchanged.
 *
 * <p>Errors: {@code NOT_FOUND}; {@code FORBIDDEN} (role); {@code CAPABILITY_DISABLED} ({@code payments});
 * {@code INVALID_TRANSITION} unless the invoice is SENT or PARTIALLY_PAID with an amount due above zero;
 * {@code UNAVAILABLE} when online payments are not configured; {@code PROVIDER_ERROR} when the provider failed.
 */
public interface PaymentLinkUseCase {

    /** {@code POST /v1/invoices/{id}/payment-link}: by a member with payment rights. */
    PaymentLinkView create(Actor actor, InvoiceId invoiceId);

    /**
     * The Pay button of the client portal: the customer holding a valid portal link of this invoice asks to pay.
     * {@code returnUrl} is the absolute portal URL the provider sends the customer back to (success and cancel).
     * Audited as {@code invoice.payment_link_created} by the portal when a new link is made.
     */
    PaymentLinkView createForCustomer(TenantId tenantId, InvoiceId invoiceId, String returnUrl);
}
