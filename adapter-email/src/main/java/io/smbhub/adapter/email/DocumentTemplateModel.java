package io.smbhub.adapter.email;

import io.smbhub.application.port.out.DocumentRenderer.Line;
import io.smbhub.application.port.out.DocumentRenderer.PrintableDocument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a {@link PrintableDocument} into the values the {@code document.html} Mustache template prints: every value
 * is text already formatted (amounts via {@link AmountText}, dates as {@code 1 Mar 2026}), optional parts come with a
 * {@code has...} flag, and nothing is null. Only {@code brandColor} and {@code stampColor} reach CSS, so both are
 * checked to be hex colours; everything else goes through Mustache's HTML escaping.
 */
final class DocumentTemplateModel {

    /** Used when the business has no brand colour (or an invalid one): a neutral dark blue. */
    static final String DEFAULT_BRAND_COLOR = "#1f3a5f";

    private static final Pattern HEX_COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final String PAID_COLOR = "#15803d";
    private static final String VOID_COLOR = "#b91c1c";

    private DocumentTemplateModel() {
    }

    static Map<String, Object> of(PrintableDocument doc) {
        AmountText money = new AmountText(doc.currency());
        Map<String, Object> model = new HashMap<>();
        model.put("title", text(doc.title()));
        model.put("number", text(doc.number()));
        model.put("statusLabel", text(doc.statusLabel()));
        model.put("hasStatus", !text(doc.statusLabel()).isBlank());
        model.put("businessName", text(doc.businessName()));
        model.put("brandColor", brandColor(doc.brandColor()));
        model.put("customerName", text(doc.customerName()));
        model.put("customerEmail", text(doc.customerEmail()));
        model.put("hasCustomerEmail", !text(doc.customerEmail()).isBlank());
        model.put("issueDate", date(doc.issueDate()));
        model.put("dateLabel", text(doc.dateLabel()));
        model.put("date", date(doc.date()));
        model.put("hasDate", doc.date() != null && !text(doc.dateLabel()).isBlank());
        model.put("currency", money.code());
        model.put("lines", lines(doc.lines(), money));
        model.put("subtotal", money.amount(doc.subtotal()));
        model.put("hasDiscount", doc.discountTotal() != null && doc.discountTotal().signum() != 0);
        model.put("discountTotal", doc.discountTotal() == null ? "" : money.amount(doc.discountTotal()));
        model.put("taxTotal", money.amount(doc.taxTotal()));
        model.put("total", money.amount(doc.total()));
        boolean payments = doc.amountPaid() != null && doc.amountDue() != null;
        model.put("hasPayments", payments);
        model.put("amountPaid", payments ? money.amount(doc.amountPaid()) : "");
        model.put("amountDue", payments ? money.amount(doc.amountDue()) : "");
        model.put("notes", text(doc.notes()));
        model.put("hasNotes", !text(doc.notes()).isBlank());
        model.put("terms", text(doc.terms()));
        model.put("hasTerms", !text(doc.terms()).isBlank());
        String stamp = stamp(doc.statusLabel());
        model.put("hasStamp", !stamp.isEmpty());
        model.put("stamp", stamp);
        model.put("stampColor", "PAID".equals(stamp) ? PAID_COLOR : VOID_COLOR);
        return model;
    }

    /** "PAID" or "VOID" when the status label says so (any case), otherwise empty. */
    static String stamp(String statusLabel) {
        String label = text(statusLabel).strip().toUpperCase(Locale.ROOT);
        return label.equals("PAID") || label.equals("VOID") ? label : "";
    }

    static String brandColor(String requested) {
        return requested != null && HEX_COLOR.matcher(requested.strip()).matches() ? requested.strip() : DEFAULT_BRAND_COLOR;
    }

    private static List<Map<String, String>> lines(List<Line> lines, AmountText money) {
        return lines.stream().map(line -> Map.of(
                "description", text(line.description()),
                "quantity", AmountText.plain(line.quantity()),
                "unitPrice", money.unitPrice(line.unitPrice()),
                "taxRate", line.taxRatePercent() == null ? "0%" : AmountText.plain(line.taxRatePercent()) + "%",
                "lineTotal", money.amount(line.lineTotal()))).toList();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
