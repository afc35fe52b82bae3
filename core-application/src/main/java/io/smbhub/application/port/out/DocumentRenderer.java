package io.smbhub.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders a quote or invoice as a printable document (PDF in production) from an HTML template; the same
 * bytes are offered on the client portal and attached to the send email (spec smb-hub-prd.md 3.13).
 * Errors: {@code PROVIDER_ERROR} when rendering fails.
 */
public interface DocumentRenderer {

    Rendered render(PrintableDocument document);

    /** The rendered file: name (e.g. {@code INV-000123.pdf}), media type (e.g. {@code application/pdf}), bytes. */
    record Rendered(String filename, String contentType, byte[] content) {
    }

    /**
     * Everything printed, already resolved to text and amounts; no internal ids. {@code kind} is
     * {@code INVOICE} or {@code QUOTE}; {@code title} e.g. "Invoice"; {@code statusLabel} e.g. "Paid";
     * {@code dateLabel}/{@code date} the second date (due date or valid until); amounts are in
     * {@code currency} (ISO 4217) as decimals at the currency's scale; {@code brandColor} a CSS hex colour or null.
     */
    record PrintableDocument(String kind, String title, String number, String statusLabel, String businessName,
                             String brandColor, String customerName, String customerEmail, LocalDate issueDate,
                             String dateLabel, LocalDate date, String currency, List<Line> lines, BigDecimal subtotal,
                             BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal total, BigDecimal amountPaid,
                             BigDecimal amountDue, String notes, String terms) {
        public PrintableDocument {
            lines = List.copyOf(lines);
        }
    }

    /** One printed line: description, quantity, unit price, tax rate in percent (may be zero), line total. */
    record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRatePercent,
                BigDecimal lineTotal) {
    }
}
