package io.smbhub.adapter.email;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Formats printed amounts as {@code "<ISO code> <grouped amount>"}, e.g. {@code CAD 1,234.50} or {@code JPY 12,000},
 * at the currency's default fraction digits ({@link Currency#getDefaultFractionDigits()}, 2 for pseudo-currencies).
 * BigDecimal only; the grouping and decimal separators are fixed ({@code ,} and {@code .}) so the output does not
 * depend on the server locale. Unit prices keep extra precision they carry (e.g. {@code USD 0.125}).
 *
 * <p>Errors: {@link IllegalArgumentException} for a code that is not ISO 4217.
 */
final class AmountText {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private final String code;
    private final int scale;

    AmountText(String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        this.code = currency.getCurrencyCode();
        int digits = currency.getDefaultFractionDigits();
        this.scale = digits < 0 ? 2 : digits;
    }

    /** The ISO 4217 code, e.g. {@code CAD}. */
    String code() {
        return code;
    }

    /** An amount at the currency's scale, rounded half-up: {@code 1234.5 -> "CAD 1,234.50"}. */
    String amount(BigDecimal value) {
        return code + " " + grouped(value.setScale(scale, RoundingMode.HALF_UP), scale);
    }

    /** A unit price: at least the currency's scale, more when the price carries it ({@code 0.125 -> "USD 0.125"}). */
    String unitPrice(BigDecimal value) {
        int digits = Math.max(scale, value.stripTrailingZeros().scale());
        return code + " " + grouped(value.setScale(digits, RoundingMode.UNNECESSARY), digits);
    }

    /** A plain number without trailing zeros: {@code 2.000 -> "2"}, {@code 1.50 -> "1.5"}. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String grouped(BigDecimal value, int digits) {
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), SYMBOLS);
        return format.format(value);
    }
}
