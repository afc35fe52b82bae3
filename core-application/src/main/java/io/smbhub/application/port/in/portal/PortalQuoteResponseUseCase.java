package io.smbhub.application.port.in.portal;

/**
 * The customer answers a quote on the client portal (spec smb-hub-prd.md 3.13 "Quote Approval Page", 12.2 B):
 * approve (SENT → APPROVED) or reject with an optional reason (SENT → REJECTED), through the quote's own state
 * machine; audited as {@code quote.approved} / {@code quote.rejected} with no member as actor and
 * {@code portal} as the source.
 *
 * <p>Errors: {@code NOT_FOUND} as {@link PortalQueries}; {@code INVALID_TRANSITION} when the quote was already
 * answered, expired or converted (the page then shows its current state).
 */
public interface PortalQuoteResponseUseCase {

    /** {@code POST /portal/quotes/{token}/approve}; returns the quote as it is now. */
    PortalQuoteView approve(String token);

    /** {@code POST /portal/quotes/{token}/reject}; {@code reason} may be null or blank; returns the quote as it is now. */
    PortalQuoteView reject(String token, String reason);
}
