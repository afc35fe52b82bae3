package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.domain.shared.ContactId;

import java.time.LocalDate;
import java.util.List;

/**
 * Content for a new invoice (spec smb-hub-prd.md 12.3.5). {@code currency} defaults to the tenant's,
 * {@code issueDate} to today (tenant timezone), {@code dueDate} to issue date + 14 days.
 */
public record InvoiceDraft(ContactId contactId, String currency, LocalDate issueDate, LocalDate dueDate,
                           List<LineItemInput> lineItems, String notes, String terms) {
}
