package io.smbhub.application.service.portal;

import io.smbhub.application.port.out.DocumentRenderer.Line;
import io.smbhub.application.port.out.DocumentRenderer.PrintableDocument;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.tenant.Tenant;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds the {@link PrintableDocument} of an invoice or quote (spec smb-hub-prd.md 3.13 "Download PDF"): the same
 * document is attached to the send email and offered on the client portal. Holds only printed text and amounts,
 * no internal ids. Also the customer-facing status labels the portal pages use.
 */
public final class PrintableDocuments {

    private PrintableDocuments() {
    }

    /** {@code invoice} of {@code tenant} for {@code contact} (may be null) as printed on {@code today} (tenant-local). */
    public static PrintableDocument invoice(Tenant tenant, Contact contact, Invoice invoice, LocalDate today) {
        var d = invoice.details();
        DocumentTotals t = invoice.totals();
        return new PrintableDocument("INVOICE", "Invoice", invoice.number(), invoiceStatusLabel(invoice, today),
                tenant.name(), null, customerName(contact), contact == null ? null : contact.details().email(),
                d.issueDate(), "Due date", d.dueDate(), d.currency(), lines(d.lineItems()), t.subtotal().amount(),
                t.discountTotal().amount(), t.taxTotal().amount(), t.total().amount(), invoice.amountPaid().amount(),
                invoice.amountDue().amount(), d.notes(), d.terms());
    }

    /** {@code quote} of {@code tenant} for {@code contact} (may be null) as printed on {@code today} (tenant-local). */
    public static PrintableDocument quote(Tenant tenant, Contact contact, Quote quote, LocalDate today) {
        var d = quote.details();
        DocumentTotals t = quote.totals();
        return new PrintableDocument("QUOTE", "Quote", quote.number(), quoteStatusLabel(quote, today), tenant.name(), null,
                customerName(contact), contact == null ? null : contact.details().email(), d.issueDate(), "Valid until",
                d.expiryDate(), d.currency(), lines(d.lineItems()), t.subtotal().amount(), t.discountTotal().amount(),
                t.taxTotal().amount(), t.total().amount(), Money.zero(d.currency()).amount(), t.total().amount(),
                d.notes(), d.terms());
    }

    /** "Draft", "Sent", "Overdue", "Partially paid", "Paid" or "Void". */
    public static String invoiceStatusLabel(Invoice invoice, LocalDate today) {
        if (invoice.isOverdue(today)) {
            return "Overdue";
        }
        return switch (invoice.status()) {
            case DRAFT -> "Draft";
            case SENT -> "Sent";
            case PARTIALLY_PAID -> "Partially paid";
            case PAID -> "Paid";
            case VOID -> "Void";
        };
    }

    /** "Draft", "Awaiting approval", "Approved" (also once converted), "Rejected" or "Expired" (also when past its date). */
    public static String quoteStatusLabel(Quote quote, LocalDate today) {
        if (isLapsed(quote, today)) {
            return "Expired";
        }
        return switch (quote.status()) {
            case DRAFT -> "Draft";
            case SENT -> "Awaiting approval";
            case APPROVED, CONVERTED -> "Approved";
            case REJECTED -> "Rejected";
            case EXPIRED -> "Expired";
        };
    }

    /** EXPIRED, or still SENT after its expiry date (tenant-local {@code today}). */
    static boolean isLapsed(Quote quote, LocalDate today) {
        return quote.status() == QuoteStatus.EXPIRED || (quote.status() == QuoteStatus.SENT
                && quote.details().expiryDate() != null && today.isAfter(quote.details().expiryDate()));
    }


    private static String customerName(Contact contact) {
        return contact == null ? null : contact.details().displayName();
    }

    private static List<Line> lines(List<LineItem> items) {
        return items.stream().map(l -> new Line(l.name(), l.quantity(), l.unitPrice().amount(), l.taxRate(),
                l.total().amount())).toList();
    }
}
