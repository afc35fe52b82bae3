package io.smbhub.domain.ai;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The facts of an invoice or quote the pre-check looks at: {@code id}, {@code number}, {@code contactId},
 * {@code lineItems} (document currency), {@code total}, {@code issueDate} (null: not issued yet, today is used),
 * {@code dueDate} (invoice due date or quote expiry date; may be null), {@code notes}.
 */
public record PrecheckSubject(DocumentKind kind, UUID id, String number, ContactId contactId, List<LineItem> lineItems,
                              Money total, LocalDate issueDate, LocalDate dueDate, String notes) {
    public PrecheckSubject {
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
    }
}
