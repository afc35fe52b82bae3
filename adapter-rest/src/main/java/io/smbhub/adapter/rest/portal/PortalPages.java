package io.smbhub.adapter.rest.portal;

import io.smbhub.application.port.in.portal.PortalInvoiceView;
import io.smbhub.application.port.in.portal.PortalLine;
import io.smbhub.application.port.in.portal.PortalQuoteView;
import io.smbhub.domain.shared.Money;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.smbhub.adapter.rest.portal.HtmlTemplate.escape;

/**
 * The client portal's HTML pages (spec smb-hub-prd.md 3.13): invoice, quote, "Link expired", "Too many requests",
 * the thank-you page after paying, and short messages. Plain HTML with inline CSS, no scripts; every value from the
 * core is escaped. Only what the core's portal views hold is shown — they carry no internal ids. Links and forms
 * are relative to the document page ({@code <token>/pay}, {@code <token>/pdf}), so the pages work under any base path.
 */
@Singleton
public final class PortalPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final HtmlTemplate layout = HtmlTemplate.load("layout");
    private final HtmlTemplate invoicePage = HtmlTemplate.load("invoice");
    private final HtmlTemplate quotePage = HtmlTemplate.load("quote");
    private final HtmlTemplate messagePage = HtmlTemplate.load("message");

    /** The invoice page for the holder of {@code token} (already validated by opening the invoice with it). */
    public String invoice(PortalInvoiceView v, String token) {
        Map<String, String> values = new HashMap<>();
        values.put("business", v.businessName());
        values.put("number", v.invoiceNumber());
        values.put("status", v.statusLabel());
        values.put("statusClass", cssClass(v.statusLabel()));
        values.put("notice", invoiceNotice(v));
        values.put("customer", customer(v.customerName()));
        values.put("issueDate", date(v.issueDate()));
        values.put("dueDate", date(v.dueDate()));
        values.put("lines", lines(v.lines()));
        StringBuilder totals = totals(v.subtotal(), v.discountTotal(), v.taxTotal(), v.total());
        if (v.amountPaid().isPositive()) {
            row(totals, "Paid", money(v.amountPaid()), "amount-paid", false);
        }
        if (v.state() == PortalInvoiceView.State.OPEN) {
            row(totals, "Amount due", money(v.amountDue()), "amount-due", true);
        }
        values.put("totals", totals.toString());
        values.put("pay", v.payable()
                ? "  <form method=\"post\" action=\"" + escape(token) + "/pay\"><button type=\"submit\" id=\"pay\">Pay "
                + escape(money(v.amountDue())) + "</button></form>"
                : "");
        values.put("pdfHref", token + "/pdf");
        values.put("notes", notes(v.notes(), v.terms()));
        return page("Invoice " + v.invoiceNumber() + " · " + v.businessName(), invoicePage.render(values));
    }

    /** The quote page for the holder of {@code token} (already validated by opening the quote with it). */
    public String quote(PortalQuoteView v, String token) {
        Map<String, String> values = new HashMap<>();
        values.put("business", v.businessName());
        values.put("number", v.quoteNumber());
        values.put("status", v.statusLabel());
        values.put("statusClass", cssClass(v.statusLabel()));
        values.put("notice", quoteNotice(v));
        values.put("customer", customer(v.customerName()));
        values.put("issueDate", date(v.issueDate()));
        values.put("validUntil", v.expiryDate() == null ? ""
                : "<dt>Valid until</dt><dd id=\"valid-until\">" + escape(date(v.expiryDate())) + "</dd>");
        values.put("lines", lines(v.lines()));
        values.put("totals", totals(v.subtotal(), v.discountTotal(), v.taxTotal(), v.total()).toString());
        values.put("answer", v.state() == PortalQuoteView.State.OPEN ? """
                <div class="actions">
                  <form method="post" action="%1$s/approve"><button type="submit" id="approve">Approve quote</button></form>
                  <form method="post" action="%1$s/reject" class="reject">
                    <label for="reason">Not for you? Tell us why (optional)</label>
                    <textarea id="reason" name="reason" maxlength="1000"></textarea>
                    <div><button type="submit" class="reject" id="reject">Decline quote</button></div>
                  </form>
                </div>""".formatted(escape(token)) : "");
        values.put("pdfHref", token + "/pdf");
        values.put("notes", notes(v.notes(), v.terms()));
        return page("Quote " + v.quoteNumber() + " · " + v.businessName(), quotePage.render(values));
    }

    /** The one page of every link that does not open its document (HTTP 404). */
    public String linkExpired() {
        return message("Link expired", "Link expired",
                "This link has expired or is not valid. Please ask the business that sent it to you for a new link.", null);
    }

    /** Too many requests from this client; {@code retryAfterSeconds} as in the Retry-After header. */
    public String tooManyRequests(long retryAfterSeconds) {
        return message("Too many requests", "Too many requests",
                "Too many requests came from your network. Please wait " + retryAfterSeconds
                        + (retryAfterSeconds == 1 ? " second" : " seconds") + " and try again.", null);
    }

    /** Where a customer lands after paying through a link made outside the portal. */
    public String paymentComplete() {
        return message("Thank you", "Thank you for your payment",
                "Your payment is being confirmed by the payment provider. The business will see it shortly; you can close this page.",
                null);
    }

    /** A short message page with an optional link back to {@code backHref} (relative or absolute path). */
    public String message(String title, String headline, String text, String backHref) {
        Map<String, String> values = new HashMap<>();
        values.put("headline", headline);
        values.put("message", text);
        values.put("back", backHref == null ? "" : "<p><a class=\"button button-secondary\" id=\"back\" href=\""
                + escape(backHref) + "\">Back</a></p>");
        return page(title, messagePage.render(values));
    }

    private String page(String title, String content) {
        return layout.render(Map.of("title", title, "content", content));
    }

    private static String invoiceNotice(PortalInvoiceView v) {
        return switch (v.state()) {
            case PAID -> "<p class=\"notice notice-ok\" id=\"receipt\">Paid in full: " + escape(money(v.amountPaid()))
                    + (v.paidOn() == null ? "" : " on " + escape(date(v.paidOn()))) + ". Thank you!</p>";
            case VOID -> "<p class=\"notice notice-bad\" id=\"voided\">This invoice was voided. Nothing is due.</p>";
            case OPEN -> v.overdue()
                    ? "<p class=\"notice notice-bad\" id=\"overdue\">This invoice is past its due date.</p>"
                    : "";
        };
    }

    private static String quoteNotice(PortalQuoteView v) {
        return switch (v.state()) {
            case APPROVED -> "<p class=\"notice notice-ok\" id=\"approved\">You approved this quote. Thank you!</p>";
            case REJECTED -> "<p class=\"notice notice-bad\" id=\"rejected\">You declined this quote."
                    + (v.rejectionReason() == null ? "" : " Your reason: " + escape(v.rejectionReason())) + "</p>";
            case EXPIRED -> "<p class=\"notice notice-bad\" id=\"expired\">This quote has expired and can no longer be"
                    + " approved. Please contact " + escape(v.businessName()) + " for a new one.</p>";
            case OPEN -> "";
        };
    }

    private static String customer(String name) {
        return name == null ? "" : "<dt>Billed to</dt><dd>" + escape(name) + "</dd>";
    }

    private static String lines(List<PortalLine> lines) {
        StringBuilder out = new StringBuilder();
        for (PortalLine l : lines) {
            out.append("    <tr><td>").append(escape(l.description()))
                    .append(l.discount().isPositive() ? "<br><small>Discount " + escape(money(l.discount())) + "</small>" : "")
                    .append("</td><td>").append(escape(l.quantity().stripTrailingZeros().toPlainString()))
                    .append("</td><td>").append(escape(money(l.unitPrice())))
                    .append("</td><td>").append(escape(percent(l.taxRatePercent())))
                    .append("</td><td>").append(escape(money(l.total()))).append("</td></tr>\n");
        }
        return out.toString();
    }

    private static StringBuilder totals(Money subtotal, Money discount, Money tax, Money total) {
        StringBuilder out = new StringBuilder();
        row(out, "Subtotal", money(subtotal), "subtotal", false);
        if (discount.isPositive()) {
            row(out, "Discount", "−" + money(discount), "discount", false);
        }
        row(out, "Tax", money(tax), "tax", false);
        row(out, "Total", money(total), "total", true);
        return out;
    }

    private static void row(StringBuilder out, String label, String value, String id, boolean grand) {
        out.append("  <tr").append(grand ? " class=\"grand\"" : "").append("><th>").append(escape(label))
                .append("</th><td id=\"").append(id).append("\">").append(escape(value)).append("</td></tr>\n");
    }

    private static String notes(String notes, String terms) {
        if (notes == null && terms == null) {
            return "";
        }
        return "<div class=\"notes\">" + (notes == null ? "" : "<p>" + escape(notes) + "</p>")
                + (terms == null ? "" : "<p>" + escape(terms) + "</p>") + "</div>";
    }

    /** {@code 1,234.50 USD}: grouped, at the currency's scale. */
    static String money(Money money) {
        int scale = money.amount().scale();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(money.amount()) + " " + money.currency();
    }

    private static String percent(BigDecimal rate) {
        return rate.signum() == 0 ? "—" : rate.stripTrailingZeros().toPlainString() + "%";
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    private static String cssClass(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    }
}
