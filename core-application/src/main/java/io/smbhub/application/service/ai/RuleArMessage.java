package io.smbhub.application.service.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The follow-up message an offline AR draft proposes (spec smb-hub-prd.md 1.4 "Draft AR follow-up message"): a polite
 * reminder in Indonesian when the note is Indonesian, else in English, naming what the rules found (contact, invoice
 * number, amount, due date). It is only a draft: nothing is sent until a person edits and sends it.
 */
final class RuleArMessage {

    record Draft(String subject, String body) {
    }

    private static final Pattern INDONESIAN = Pattern.compile("(?iu)(?<![\\p{L}])(yang|yg|tolong|belum|blm|sudah|udah|"
            + "bayar|tagihan|tagih|untuk|utk|ya|pak|bu|sebesar|jatuh tempo|mohon|dan|ini|kirim|kemarin|hari|sejak|"
            + "pengingat|ingatkan|invois|bayaran|kepada)(?![\\p{L}])");

    private RuleArMessage() {
    }

    static Draft compose(String text, String contact, String invoiceNumber, BigDecimal amount, String currency,
                         LocalDate dueDate) {
        int hits = 0;
        var m = INDONESIAN.matcher(text);
        while (m.find()) {
            hits++;
        }
        boolean id = hits >= 2;
        String what = invoiceNumber != null ? "invoice " + invoiceNumber : id ? "tagihan kami" : "our invoice";
        String amt = amount == null ? null : format(amount, currency);
        String due = dueDate == null ? null : dueDate.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        StringBuilder b = new StringBuilder();
        if (id) {
            b.append("Halo").append(contact == null ? "" : " " + contact).append(",\n\n");
            b.append("Kami ingin mengingatkan bahwa ").append(what);
            if (amt != null) {
                b.append(" sebesar ").append(amt);
            }
            b.append(due != null ? " telah jatuh tempo pada " + due : " sudah jatuh tempo");
            b.append(" dan pembayarannya belum kami terima. Mohon kabari kami kapan pembayaran dapat dilakukan, "
                    + "atau abaikan pesan ini bila sudah dibayar.\n\nTerima kasih.");
            return new Draft("Pengingat pembayaran" + (invoiceNumber == null ? "" : " " + invoiceNumber), b.toString());
        }
        b.append("Hi").append(contact == null ? "" : " " + contact).append(",\n\n");
        b.append("This is a friendly reminder that ").append(what);
        if (amt != null) {
            b.append(" for ").append(amt);
        }
        b.append(due != null ? " was due on " + due : " is now due");
        b.append(" and we have not received payment yet. Could you let us know when we can expect it, or ignore this "
                + "message if it has already been paid?\n\nThank you.");
        return new Draft("Payment reminder" + (invoiceNumber == null ? "" : " " + invoiceNumber), b.toString());
    }

    /** {@code Rp 4.500.000} for IDR; {@code USD 2,980.00} for other currencies. */
    static String format(BigDecimal amount, String currency) {
        if ("IDR".equals(currency)) {
            DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
            s.setGroupingSeparator('.');
            s.setDecimalSeparator(',');
            DecimalFormat f = new DecimalFormat("#,##0", s);
            return "Rp " + f.format(amount.setScale(0, RoundingMode.HALF_UP));
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", new DecimalFormatSymbols(Locale.ROOT));
        return (currency == null ? "" : currency + " ") + f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
