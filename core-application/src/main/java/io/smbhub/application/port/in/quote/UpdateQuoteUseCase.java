package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.QuoteId;

/**
 * Edit a DRAFT quote. Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_ERROR},
 * {@code INVALID_TRANSITION} (not a draft), {@code CONFLICT} (stale {@code expectedVersion}).
 */
public interface UpdateQuoteUseCase {
    QuoteView update(Actor actor, QuoteId id, Long expectedVersion, QuotePatch patch);
}
