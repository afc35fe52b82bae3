package io.smbhub.domain.invoice;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentRules;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.time.LocalDate;
import java.util.List;

/**
 * Editable content of an invoice (spec smb-hub-prd.md 2.1, 12.3.5): contact (required to send), ISO
 * 4217 currency, issue and due dates (tenant-local calendar dates, due ≥ issue), line items in the
 * invoice's currency, notes, terms. Errors: {@code VALIDATION_ERROR} with field details.
 */
public record InvoiceDetails(ContactId contactId, String currency, LocalDate issueDate, LocalDate dueDate,
                             List<LineItem> lineItems, String notes, String terms) {
    public InvoiceDetails {
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        notes = Text.clean(notes);
        terms = Text.clean(terms);
        Validation v = new Validation();
        DocumentRules.check(v, currency, lineItems, notes, terms, issueDate, dueDate, "issue_date", "due_date");
        v.throwIfAny("Invoice is invalid");
    }
}
