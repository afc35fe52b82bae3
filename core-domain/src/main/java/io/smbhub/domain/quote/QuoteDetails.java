package io.smbhub.domain.quote;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentRules;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.time.LocalDate;
import java.util.List;

/**
 * Editable content of a quote (spec smb-hub-prd.md 2.1, 12.3.4): contact (required to send), ISO 4217
 * currency, issue and expiry dates (tenant-local calendar dates, expiry ≥ issue), line items in the
 * quote's currency, notes, terms. Errors: {@code VALIDATION_ERROR} with field details.
 */
public record QuoteDetails(ContactId contactId, String currency, LocalDate issueDate, LocalDate expiryDate,
                           List<LineItem> lineItems, String notes, String terms) {
    public QuoteDetails {
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        notes = Text.clean(notes);
        terms = Text.clean(terms);
        Validation v = new Validation();
        DocumentRules.check(v, currency, lineItems, notes, terms, issueDate, expiryDate, "issue_date", "expiry_date");
        v.throwIfAny("Quote is invalid");
    }
}
