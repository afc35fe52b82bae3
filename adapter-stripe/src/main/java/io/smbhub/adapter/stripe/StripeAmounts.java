package io.smbhub.adapter.stripe;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Converts between {@link Money} and Stripe's integer amounts ("smallest currency unit"), following Stripe's
 * currency table rather than ISO 4217 where they differ:
 *
 * <ul>
 *   <li>zero-decimal: BIF, CLP, DJF, GNF, JPY, KMF, KRW, MGA, PYG, RWF, UGX, VND, VUV, XAF, XOF, XPF
 *       (JPY 500 → {@code 500});</li>
 *   <li>three-decimal: BHD, JOD, KWD, OMR, TND (KWD 5.120 → {@code 5120}); Stripe requires the last digit to be 0,
 *       i.e. whole hundredths;</li>
 *   <li>every other currency is two-decimal, including ISK, which ISO lists with none (ISK 40 → {@code 4000}).</li>
 * </ul>
 *
 * BigDecimal only. Stripe sends currencies in lower case; {@link Money} uses upper case.
 */
public final class StripeAmounts {

    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG",
            "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");
    private static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private StripeAmounts() {
    }

    /** How many decimal places Stripe's integer amount carries for {@code currency} (either case): 0, 2 or 3. */
    public static int exponent(String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        if (ZERO_DECIMAL.contains(code)) {
            return 0;
        }
        return THREE_DECIMAL.contains(code) ? 3 : 2;
    }

    /** The currency as Stripe's API wants it: lower-case ISO code, e.g. {@code usd}. */
    public static String stripeCurrency(Money money) {
        return money.currency().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code money} as Stripe's integer amount, e.g. USD 120.50 → 12050, JPY 500 → 500, KWD 5.120 → 5120.
     *
     * @throws DomainException {@code PROVIDER_ERROR} when Stripe cannot represent the amount: fractions of a
     *                         zero-decimal currency (MGA 10.50), thousandths of a three-decimal one (KWD 5.125),
     *                         or more than a {@code long} holds
     */
    public static long toMinor(Money money) {
        int exponent = exponent(money.currency());
        BigDecimal minor = money.amount().movePointRight(exponent);
        if (minor.stripTrailingZeros().scale() > 0) {
            throw unrepresentable(money, "Stripe takes " + money.currency() + " in whole units only");
        }
        long value;
        try {
            value = minor.longValueExact();
        } catch (ArithmeticException e) {
            throw unrepresentable(money, "the amount is too large for Stripe");
        }
        if (exponent == 3 && value % 10 != 0) {
            throw unrepresentable(money, "Stripe takes " + money.currency() + " in multiples of 0.010");
        }
        return value;
    }

    /**
     * Stripe's integer amount {@code minor} in {@code stripeCurrency} (either case) as {@link Money},
     * e.g. (12050, "usd") → USD 120.50, (4000, "isk") → ISK 40.
     *
     * @throws DomainException {@code VALIDATION_ERROR} (field {@code currency}) for a code that is not ISO 4217,
     *                         (field {@code amount}) when the amount has more decimals than ISO allows (ISK 40.50)
     */
    public static Money fromMinor(long minor, String stripeCurrency) {
        String code = stripeCurrency == null ? null : stripeCurrency.toUpperCase(Locale.ROOT);
        Money.minorUnits(code);
        return Money.of(BigDecimal.valueOf(minor).movePointLeft(exponent(code)), code);
    }

    private static DomainException unrepresentable(Money money, String why) {
        return new DomainException(ErrorCode.PROVIDER_ERROR,
                "Stripe cannot take " + money + ": " + why + "; round the amount and try again");
    }
}
