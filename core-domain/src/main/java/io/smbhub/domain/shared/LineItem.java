package io.smbhub.domain.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a quote or invoice (spec smb-hub-prd.md 2.1, 12.3.4). Amounts are {@link Money} in the
 * document currency.
 *
 * <ul>
 *   <li>{@code quantity}: positive decimal, at most 4 decimal places</li>
 *   <li>{@code unitPrice}: zero or more</li>
 *   <li>{@code taxRate}: percent from 0 to 100 inclusive ({@code 11} means 11 %), at most 4 decimals</li>
 *   <li>{@code discount}: an amount off the line before tax, zero to the line's gross amount</li>
 * </ul>
 *
 * <p>Line arithmetic (the rounding rule of {@link Money}, applied per line, then summed by
 * {@link DocumentTotals}): {@code gross = round(quantity × unitPrice)}, {@code net = gross − discount},
 * {@code tax = round(net × taxRate / 100)}, {@code total = net + tax}.
 */
public record LineItem(String name, BigDecimal quantity, Money unitPrice, BigDecimal taxRate, Money discount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_NAME = 500;

    /**
     * Errors: {@code VALIDATION_ERROR} with details on {@code name}, {@code qty}, {@code rate},
     * {@code tax_rate} or {@code discount} (request field names), collected together.
     */
    public LineItem {
        Objects.requireNonNull(unitPrice, "unitPrice");
        name = Text.clean(name);
        taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
        discount = discount == null ? Money.zero(unitPrice.currency()) : discount;
        Validation v = new Validation()
                .check(name == null, "name", "Line item name is required")
                .check(name != null && name.length() > MAX_NAME, "name", "Line item name is longer than " + MAX_NAME + " characters")
                .check(quantity == null || quantity.signum() <= 0, "qty", "Quantity must be greater than zero")
                .check(quantity != null && quantity.stripTrailingZeros().scale() > 4, "qty", "Quantity has more than 4 decimal places")
                .check(unitPrice.isNegative(), "rate", "Rate must not be negative")
                .check(taxRate.signum() < 0 || taxRate.compareTo(HUNDRED) > 0, "tax_rate", "Tax rate must be a percent from 0 to 100")
                .check(taxRate.stripTrailingZeros().scale() > 4, "tax_rate", "Tax rate has more than 4 decimal places")
                .check(!discount.currency().equals(unitPrice.currency()), "discount", "Discount must be in the line's currency")
                .check(discount.isNegative(), "discount", "Discount must not be negative");
        if (!v.hasErrors() && discount.isGreaterThan(unitPrice.times(quantity))) {
            v.add("discount", "Discount " + discount + " exceeds the line amount " + unitPrice.times(quantity));
        }
        v.throwIfAny("Line item is invalid");
    }

    /** {@code round(quantity × unitPrice)}. */
    public Money gross() {
        return unitPrice.times(quantity);
    }

    /** {@code gross − discount}. */
    public Money net() {
        return gross().minus(discount);
    }

    /** {@code round(net × taxRate / 100)}. */
    public Money tax() {
        return net().times(taxRate.divide(HUNDRED));
    }

    /** {@code net + tax}. */
    public Money total() {
        return net().plus(tax());
    }

    public String currency() {
        return unitPrice.currency();
    }
}
