package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.LineItemView;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A quote as clients read it (spec smb-hub-prd.md 2.1 "Quote"); money in the quote currency; times UTC. */
public record QuoteView(UUID id, String quoteNumber, QuoteStatus status, UUID contactId, UUID workItemId,
                        String currency, LocalDate issueDate, LocalDate expiryDate, List<LineItemView> lineItems,
                        Money subtotal, Money discountTotal, Money taxTotal, Money total, String notes, String terms,
                        UUID convertedInvoiceId, String rejectionReason, Instant sentAt, Instant createdAt,
                        Instant updatedAt, long version,
        List<String> allowedActions) {
    /**
     * The view of {@code x} at {@code version}; {@code allowedActions} are the actions the asking actor may take
     * now (spec smb-hub-prd.md 12.7; empty in audit snapshots, which leave them out).
     */
    public static QuoteView of(Quote q, long version, List<String> allowedActions) {
        var d = q.details();
        DocumentTotals t = q.totals();
        return new QuoteView(q.id().value(), q.number(), q.status(), d.contactId() == null ? null : d.contactId().value(),
                q.workItemId().map(w -> w.value()).orElse(null), d.currency(), d.issueDate(), d.expiryDate(),
                d.lineItems().stream().map(LineItemView::of).toList(), t.subtotal(), t.discountTotal(), t.taxTotal(),
                t.total(), d.notes(), d.terms(), q.convertedInvoiceId().map(i -> i.value()).orElse(null),
                q.rejectionReason().orElse(null), q.sentAt().orElse(null), q.createdAt(), q.updatedAt(), version,
                List.copyOf(allowedActions));
    }
}
