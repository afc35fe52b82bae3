package io.smbhub.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency: a {@link BigDecimal} held at exactly the currency's ISO 4217 minor-unit
 * scale (USD 2, JPY 0, BHD 3) plus the ISO 4217 code. Immutable; no {@code double} anywhere.
 *
 * <p><b>Rounding rule (the only one in SMB Hub):</b> a computed amount is rounded half-up to the
 * currency's minor unit by {@link #rounded(BigDecimal, String)}. Amounts typed by people go through
 * {@link #of(BigDecimal, String)}, which refuses more decimals than the currency has rather than
 * silently rounding them. Arithmetic between different currencies throws {@code VALIDATION_ERROR}.
 */
public final class Money implements Comparable<Money> {

    /** The rounding mode of {@link #rounded}: half-up, away from zero on a tie. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private final BigDecimal amount;
    private final String currency;

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Exact money from user input. Errors: {@code VALIDATION_ERROR} (field {@code amount}) when the
     * amount has more decimal places than the currency's minor unit; (field {@code currency}) when the
     * code is not an ISO 4217 currency with a minor unit.
     */
    public static Money of(BigDecimal amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        int scale = minorUnits(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw DomainException.invalid("amount",
                    "Amount " + amount.toPlainString() + " has more decimal places than " + currency + " allows (" + scale + ")");
        }
        return new Money(amount.setScale(scale, ROUNDING), currency);
    }

    /** Money from a computed amount, rounded half-up to the currency's minor unit. */
    public static Money rounded(BigDecimal amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(minorUnits(currency), ROUNDING), currency);
    }

    /** Zero in {@code currency}. */
    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(minorUnits(currency)), currency);
    }

    /**
     * Validates an ISO 4217 code and returns its minor-unit count. Errors: {@code VALIDATION_ERROR}
     * on field {@code currency}.
     */
    public static int minorUnits(String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw DomainException.invalid("currency", "Currency must be a three-letter ISO 4217 code such as USD, got " + currency);
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            if (digits < 0) {
                throw DomainException.invalid("currency", "Currency " + currency + " is not a money currency");
            }
            return digits;
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("currency", "Unknown ISO 4217 currency " + currency);
        }
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times {@code factor}, rounded once by the rounding rule. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** Orders amounts of the same currency. Errors: {@code VALIDATION_ERROR} for mixed currencies. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Throws {@code VALIDATION_ERROR} (field {@code currency}) unless {@code other} has this currency.
     */
    public void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw DomainException.invalid("currency",
                    "Cannot combine " + currency + " with " + other.currency + ": amounts must share one currency");
        }
    }

    /** The amount as a plain decimal string at the currency's scale, e.g. {@code "120.50"}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
