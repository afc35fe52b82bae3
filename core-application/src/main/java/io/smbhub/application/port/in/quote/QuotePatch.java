package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.domain.shared.ContactId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A partial DRAFT quote update: {@code null} = unchanged; {@code Optional.empty()} clears the contact or
 * expiry date; {@code lineItems} replaces all lines; an empty string clears notes or terms.
 */
public record QuotePatch(Optional<ContactId> contactId, String currency, LocalDate issueDate,
                         Optional<LocalDate> expiryDate, List<LineItemInput> lineItems, String notes, String terms) {
}
