package io.smbhub.domain.ai;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words right before a number call it: a phone ({@code HP}, {@code WA}, {@code Tel}, {@code call}), an
 * identity number ({@code NIK}, {@code KTP}, {@code KK}), a card ({@code kartu}, {@code card}, {@code Visa}), or
 * something that is not a phone (a bank account, an order, invoice, tracking or tax number, a code). The nearest
 * keyword wins. Package-private helper of {@link PiiRedactor}.
 */
enum ContextLabel {
    NONE, PHONE, NOT_PHONE, NIK, CARD;

    private static final Pattern KEYWORDS = Pattern.compile(
            "(?<nik>kartu keluarga|nomor induk|\\bnik\\b|\\b(?:e-?)?ktp\\b|\\bkk\\b)"
                    + "|(?<card>\\bcards?\\b|\\bkartu\\b|\\bcc\\b|\\bvisa\\b|master ?card|\\bamex\\b|\\bjcb\\b"
                    + "|\\bkredit\\b|\\bcredit\\b|\\bdebit\\b)"
                    + "|(?<phone>\\btel\\b|\\btelp\\b|\\btlp\\b|\\btelpon\\b|\\btelepon\\b|\\btelephone\\b|\\bphone\\b"
                    + "|\\bph\\b|\\bhp\\b|\\bhandphone\\b|\\bmobile\\b|\\bmob\\b|\\bcell\\b|\\bcellphone\\b|\\bwa\\b"
                    + "|\\bwhatsapp\\b|\\bfax\\b|\\bsms\\b|\\bcall\\b|\\btext me\\b|\\bhubungi\\b|\\bkontak\\b"
                    + "|\\bcontact\\b|\\bhotline\\b)"
                    + "|(?<not>\\brek\\b|\\brekening\\b|\\bnorek\\b|\\bacc\\b|\\baccount\\b|\\bacct\\b|a/c|\\bva\\b"
                    + "|virtual account|\\bbank\\b|\\bbca\\b|\\bbni\\b|\\bbri\\b|\\bmandiri\\b|\\bcimb\\b|\\bpermata\\b"
                    + "|\\bbtn\\b|\\bbsi\\b|\\bnpwp\\b|\\binvoice\\b|\\binv\\b|\\bfaktur\\b|\\border\\b|\\bpesanan\\b"
                    + "|\\bpo\\b|\\bresi\\b|\\bawb\\b|\\btracking\\b|\\bsku\\b|\\bref\\b|\\breference\\b"
                    + "|\\breferensi\\b|\\bkode\\b|\\bcode\\b|\\btransaksi\\b|\\btrx\\b|\\bbooking\\b|\\bserial\\b"
                    + "|\\bpin\\b|\\botp\\b|\\bpasscode\\b|\\bmeeting\\b)");

    private static final Pattern IMMEDIATE_NOT_PII = Pattern.compile(
            "(?:\\b(?<word>va|virtual account|resi|awb|tracking|order|pesanan|sku|ref|reference|referensi"
                    + "|transaksi|trx|booking|serial|invoice|inv|faktur|kode|code|po|rek|rekening|norek|account|acct"
                    + "|npwp)\\b|a/c)"
                    + "(?:\\s+(?:bca|bni|bri|mandiri|cimb|permata|btn|bsi)\\b)?"
                    + "(?:\\s*(?:no\\b\\.?|nomor\\b|nomer\\b|number\\b|id\\b|#|:))*\\s*$");

    /**
     * Whether the words right before {@code start} name the number as a virtual account, tracking, order, invoice,
     * reference, code or bank account number ({@code VA 8808…}, {@code resi: …}, {@code Order ID #…},
     * {@code rek BCA …}; a bank name alone is not enough: banks issue cards too): such a number is not a card; nor a
     * NIK, except after {@code NPWP} (a person's 16-digit NPWP is their NIK).
     */
    static boolean namedAsNonPii(String text, int start, PiiType type) {
        Matcher m = IMMEDIATE_NOT_PII.matcher(window(text, start, 40));
        return m.find() && !(type == PiiType.NIK && "npwp".equals(m.group("word")));
    }

    /**
     * The label of a phone candidate starting at {@code start}: the nearest keyword in the same clause (the text
     * back to the previous line break, comma, semicolon or sentence end, at most 32 characters).
     */
    static ContextLabel forPhone(String text, int start) {
        String window = window(text, start, 32);
        int cut = Math.max(Math.max(window.lastIndexOf(','), window.lastIndexOf(';')), window.lastIndexOf(". "));
        return nearest(cut < 0 ? window : window.substring(cut + 1));
    }

    /** The label of a 16-digit number starting at {@code start}: the nearest keyword on the same line (≤ 48 chars). */
    static ContextLabel forIdentity(String text, int start) {
        return nearest(window(text, start, 48));
    }

    private static String window(String text, int start, int size) {
        String window = text.substring(Math.max(0, start - size), start);
        int newline = window.lastIndexOf('\n');
        return (newline < 0 ? window : window.substring(newline + 1)).toLowerCase(Locale.ROOT);
    }

    private static ContextLabel nearest(String window) {
        if (window.chars().noneMatch(Character::isLetter)) {
            return NONE;
        }
        Matcher m = KEYWORDS.matcher(window);
        ContextLabel last = NONE;
        while (m.find()) {
            if (m.group("nik") != null) {
                last = NIK;
            } else if (m.group("card") != null) {
                last = CARD;
            } else if (m.group("phone") != null) {
                last = PHONE;
            } else {
                last = NOT_PHONE;
            }
        }
        return last;
    }
}
