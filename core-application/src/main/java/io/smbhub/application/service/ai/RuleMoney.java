package io.smbhub.application.service.ai;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money amounts in free text (issue 6 offline extractor): {@code Rp 1.500.000}, {@code IDR 1,500,000},
 * {@code 1.5jt}, {@code 1,5 juta}, {@code 250rb}, {@code 250k}, {@code $1,234.56}, {@code USD 12.50}, {@code 45,80 €},
 * {@code S$680}, {@code RM 80.00}, and grouped numbers such as {@code 128.000}. Amounts are {@link BigDecimal} in major
 * units; never a binary floating-point value.
 */
final class RuleMoney {

    /** One amount: its value (major units), the currency it names (ISO 4217, null when none), and its span. */
    record Mention(BigDecimal value, String currency, boolean strong, int start, int end) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d.,]*\\d)?");
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)(?:^|[^\\p{L}$])(rp\\.?|idr|usd|us\\$|s\\$|sgd|a\\$|aud|rm|myr|eur|gbp|cny|rmb|jpy|\\$|€|£|¥)\\s?$");
    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)^\\s?(jt|juta|jeti|rb|ribu|rebu|k|mio|million|miliar|milyar|idr|usd|sgd|eur|gbp|myr|aud|cny|jpy|rupiah|€)"
                    + "(?![\\p{L}])");

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([.,])\\d{3})(?:\\1\\d{3})*(?:[.,]\\d{1,2})?");

    private RuleMoney() {
    }

    /** Every amount outside {@code blocked}, in text order. {@code defaultCurrency} resolves a bare {@code $} or {@code ¥}. */
    static List<Mention> find(String text, RuleSpans blocked, String defaultCurrency) {
        List<Mention> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (blocked.overlaps(s, e) || partOfIdentifier(text, s, e)) {
                continue;
            }
            String raw = m.group();
            int windowStart = Math.max(0, s - 6);
            Matcher pre = PREFIX.matcher(text.substring(windowStart, s));
            String prefix = pre.find() ? pre.group(1) : null;
            char before = s > 0 ? text.charAt(s - 1) : ' ';
            if (prefix == null && Character.isLetter(before)) {
                continue;
            }
            Matcher suf = SUFFIX.matcher(text.substring(e, Math.min(text.length(), e + 10)));
            String suffix = suf.find() ? suf.group(1) : null;
            int end = suffix == null ? e : e + suf.end();
            if (suffix == null && e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '%')) {
                continue;
            }
            if (suffix != null && suffix.equalsIgnoreCase("k") && prefix == null && e < text.length()
                    && text.charAt(e) == ' ') {
                suffix = null; // "5 k..." with a space is too ambiguous; "250k" is not
                end = e;
            }
            BigDecimal multiplier = multiplier(suffix);
            BigDecimal value = parse(raw, multiplier != null);
            if (value == null) {
                continue;
            }
            if (multiplier != null) {
                value = value.multiply(multiplier).stripTrailingZeros();
                if (value.scale() < 0) {
                    value = value.setScale(0);
                }
            }
            String currency = currency(prefix, suffix, defaultCurrency, text);
            boolean grouped = GROUPED.matcher(raw).matches()
                    && !raw.startsWith("0");
            boolean strong = prefix != null || multiplier != null || currency != null || grouped;
            int start = prefix == null ? s : windowStart + pre.start(1);
            out.add(new Mention(value, currency, strong, start, end));
        }
        return out;
    }

    /** Digits glued to an id, a date or a version: {@code 12/045}, {@code 3-4}, {@code 0812...}, {@code #123}. */
    private static boolean partOfIdentifier(String text, int s, int e) {
        if (s > 0) {
            char b = text.charAt(s - 1);
            if ((b == '/' || b == '-' || b == '#' || b == '_' || b == ':') && s > 1 && Character.isLetterOrDigit(text.charAt(s - 2))) {
                return true;
            }
            if (b == '#') {
                return true;
            }
        }
        if (e < text.length() - 1) {
            char a = text.charAt(e);
            if ((a == '/' || a == '-' || a == ':') && Character.isDigit(text.charAt(e + 1))) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal multiplier(String suffix) {
        if (suffix == null) {
            return null;
        }
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "jt", "juta", "jeti", "mio", "million" -> new BigDecimal("1000000");
            case "rb", "ribu", "rebu", "k" -> new BigDecimal("1000");
            case "miliar", "milyar" -> new BigDecimal("1000000000");
            default -> null;
        };
    }

    /**
     * Reads {@code raw} with either separator convention: with both '.' and ',' the last one is the decimal mark; a
     * single mark followed by exactly three digits groups thousands (unless a magnitude word follows: "1.5jt");
     * repeated marks group thousands; otherwise the mark is decimal.
     */
    static BigDecimal parse(String raw, boolean magnitude) {
        int dots = count(raw, '.');
        int commas = count(raw, ',');
        String digits;
        if (dots > 0 && commas > 0) {
            char decimal = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            digits = raw.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (dots + commas == 0) {
            digits = raw;
        } else {
            char mark = dots > 0 ? '.' : ',';
            int n = dots + commas;
            int tail = raw.length() - raw.lastIndexOf(mark) - 1;
            if (magnitude && n == 1) {
                digits = raw.replace(mark, '.');
            } else if (n > 1 || tail == 3) {
                digits = raw.replace(String.valueOf(mark), "");
            } else {
                digits = raw.replace(mark, '.');
            }
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String currency(String prefix, String suffix, String defaultCurrency, String text) {
        String token = prefix != null ? prefix : suffix;
        if (token == null) {
            return null;
        }
        String t = token.toLowerCase(Locale.ROOT).replace(".", "").strip();
        return switch (t) {
            case "rp", "idr", "rupiah", "jt", "juta", "jeti", "rb", "ribu", "rebu", "miliar", "milyar" -> "IDR";
            case "usd", "us$" -> "USD";
            case "s$", "sgd" -> "SGD";
            case "a$", "aud" -> "AUD";
            case "rm", "myr" -> "MYR";
            case "eur", "€" -> "EUR";
            case "gbp", "£" -> "GBP";
            case "cny", "rmb" -> "CNY";
            case "jpy" -> "JPY";
            case "$" -> List.of("SGD", "AUD", "CAD", "NZD", "HKD").contains(defaultCurrency) ? defaultCurrency : "USD";
            case "¥" -> "JPY".equals(defaultCurrency) || text.codePoints().anyMatch(RuleMoney::isKana) ? "JPY" : "CNY";
            default -> null; // k, mio, million: a magnitude without a currency
        };
    }

    private static boolean isKana(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA;
    }
}
