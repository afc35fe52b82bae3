package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.domain.shared.ContactId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A partial DRAFT invoice update: {@code null} = unchanged; {@code Optional.empty()} clears the contact;
 * {@code lineItems} replaces all lines; an empty string clears notes or terms.
 */
public record InvoicePatch(Optional<ContactId> contactId, String currency, LocalDate issueDate, LocalDate dueDate,
                           List<LineItemInput> lineItems, String notes, String terms) {
}
