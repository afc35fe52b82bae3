package io.smbhub.application.port.in.portal;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.QuoteId;

/**
 * Members manage the client portal links of a sent invoice or quote (spec smb-hub-prd.md 3.13 "Token must be
 * revocable", 12.6). Sending a document issues a link by itself; these calls replace or withdraw them.
 * Allowed to whoever may send the document (permission {@code DOCUMENTS_SEND}); audited as
 * {@code invoice.portal_link_rotated} / {@code invoice.portal_link_revoked} (and {@code quote.…}).
 *
 * <p>Errors: {@code NOT_FOUND} (no such document in the actor's tenant); {@code FORBIDDEN} (role);
 * {@code CAPABILITY_DISABLED} ({@code invoices} / {@code quotes} off in the profile); {@code INVALID_TRANSITION}
 * when rotating for a DRAFT (never sent) document.
 */
public interface PortalLinkUseCase {

    /** {@code POST /v1/invoices/{id}/portal-link}: revokes the invoice's live links and issues a new one. */
    PortalLinkView rotateInvoiceLink(Actor actor, InvoiceId invoiceId);

    /** {@code POST /v1/quotes/{id}/portal-link}: revokes the quote's live links and issues a new one. */
    PortalLinkView rotateQuoteLink(Actor actor, QuoteId quoteId);

    /** {@code DELETE /v1/invoices/{id}/portal-link}: revokes every live link of the invoice; returns how many. */
    int revokeInvoiceLinks(Actor actor, InvoiceId invoiceId);

    /** {@code DELETE /v1/quotes/{id}/portal-link}: revokes every live link of the quote; returns how many. */
    int revokeQuoteLinks(Actor actor, QuoteId quoteId);
}
