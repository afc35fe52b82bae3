package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ConversionResult;
import io.smbhub.domain.shared.QuoteId;

/**
 * Make a DRAFT invoice from an APPROVED quote (lines, contact, currency, notes, terms copied; issue date
 * today, due in 14 days) and mark the quote CONVERTED; converting again returns the same invoice
 * ({@code created = false}). Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code INVALID_TRANSITION}.
 */
public interface ConvertQuoteToInvoiceUseCase {
    ConversionResult convert(Actor actor, QuoteId id);
}
