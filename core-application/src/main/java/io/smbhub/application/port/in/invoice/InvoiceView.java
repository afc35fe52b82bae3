package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.LineItemView;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice as clients read it (spec smb-hub-prd.md 2.1 "Invoice"): stored {@code status}, and
 * {@code overdue} derived for the tenant's today; money in the invoice currency; times UTC; the last payment
 * link created ({@code paymentLinkUrl}, expiring at {@code paymentLinkExpiresAt}) or nulls; the collections
 * stage reached ({@code arStage}, issue 5) and the last reminder time ({@code lastRemindedAt}, null if never).
 */
public record InvoiceView(UUID id, String invoiceNumber, InvoiceStatus status, boolean overdue, UUID contactId,
                          UUID quoteId, UUID workItemId, String currency, LocalDate issueDate, LocalDate dueDate,
                          List<LineItemView> lineItems, Money subtotal, Money discountTotal, Money taxTotal, Money total,
                          Money amountPaid, Money amountDue, String notes, String terms, Instant lastSentAt,
                          String voidReason, String paymentLinkUrl, Instant paymentLinkExpiresAt, ArStage arStage,
                          Instant lastRemindedAt, Instant createdAt,
                          Instant updatedAt, long version, List<String> allowedActions) {
    /**
     * The view of {@code x} at {@code version}; {@code allowedActions} are the actions the asking actor may take
     * now (spec smb-hub-prd.md 12.7; empty in audit snapshots, which leave them out).
     */
    public static InvoiceView of(Invoice i, long version, LocalDate today, List<String> allowedActions) {
        var d = i.details();
        DocumentTotals t = i.totals();
        return new InvoiceView(i.id().value(), i.number(), i.status(), i.isOverdue(today),
                d.contactId() == null ? null : d.contactId().value(), i.quoteId().map(q -> q.value()).orElse(null),
                i.workItemId().map(w -> w.value()).orElse(null), d.currency(), d.issueDate(), d.dueDate(),
                d.lineItems().stream().map(LineItemView::of).toList(), t.subtotal(), t.discountTotal(), t.taxTotal(),
                t.total(), i.amountPaid(), i.amountDue(), d.notes(), d.terms(), i.lastSentAt().orElse(null),
                i.voidReason().orElse(null), i.paymentLink().map(l -> l.url()).orElse(null),
                i.paymentLink().map(l -> l.expiresAt()).orElse(null), i.arStage(), i.lastRemindedAt().orElse(null),
                i.createdAt(), i.updatedAt(), version,
                List.copyOf(allowedActions));
    }
}
