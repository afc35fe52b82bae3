package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.QuoteId;

/**
 * Record the customer's acceptance (SENT → APPROVED, spec smb-hub-prd.md 12.2 B). Errors:
 * {@code FORBIDDEN}, {@code NOT_FOUND}, {@code INVALID_TRANSITION} (not SENT, or past expiry).
 */
public interface ApproveQuoteUseCase {
    QuoteView approve(Actor actor, QuoteId id);
}
