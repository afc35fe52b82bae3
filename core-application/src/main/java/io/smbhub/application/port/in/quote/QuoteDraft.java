package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.domain.shared.ContactId;

import java.time.LocalDate;
import java.util.List;

/**
 * Content for a new quote (spec smb-hub-prd.md 12.3.4). {@code currency} defaults to the tenant's,
 * {@code issueDate} to today in the tenant's timezone; the contact is optional for a draft but required to send.
 */
public record QuoteDraft(ContactId contactId, String currency, LocalDate issueDate, LocalDate expiryDate,
                         List<LineItemInput> lineItems, String notes, String terms) {
}
