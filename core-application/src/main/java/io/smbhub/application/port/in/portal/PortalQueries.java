package io.smbhub.application.port.in.portal;

/**
 * The public client portal's reads (spec smb-hub-prd.md 3.13, 12.6): the secret of a portal link is the only
 * credential. A link opens exactly the one document it was issued for.
 *
 * <p>Errors: {@code NOT_FOUND} with one and the same message for every link that does not open the document —
 * malformed, unknown, revoked, issued for the other kind of document, a document no longer shown (a DRAFT, or
 * its module switched off in the profile) — so a link cannot be probed.
 */
public interface PortalQueries {

    /** {@code GET /portal/invoices/{token}}. The first opening of each link is audited as {@code portal.invoice.view}. */
    PortalInvoiceView invoice(String token);

    /** {@code GET /portal/quotes/{token}}. The first opening of each link is audited as {@code portal.quote.view}. */
    PortalQuoteView quote(String token);

    /** {@code GET /portal/invoices/{token}/pdf}: the invoice rendered as a printable file. */
    PortalFile invoiceFile(String token);

    /** {@code GET /portal/quotes/{token}/pdf}: the quote rendered as a printable file. */
    PortalFile quoteFile(String token);
}
