package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.QuoteId;

/** Record the customer's refusal with an optional reason (SENT → REJECTED). Errors as {@link ApproveQuoteUseCase}. */
public interface RejectQuoteUseCase {
    QuoteView reject(Actor actor, QuoteId id, String reason);
}
