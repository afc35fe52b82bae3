package io.smbhub.domain.shared;

import java.util.List;

/**
 * Deterministic totals of a list of line items in one currency (spec smb-hub-prd.md 2.1):
 * {@code subtotal = Σ gross}, {@code discountTotal = Σ discount}, {@code taxTotal = Σ tax} (each line's
 * tax already rounded), {@code total = subtotal − discountTotal + taxTotal}.
 */
public record DocumentTotals(Money subtotal, Money discountTotal, Money taxTotal, Money total) {

    /**
     * Sums {@code lines}. Errors: {@code VALIDATION_ERROR} on {@code line_items[i]} when a line is in
     * another currency than {@code currency}.
     */
    public static DocumentTotals of(List<LineItem> lines, String currency) {
        Money subtotal = Money.zero(currency);
        Money discount = Money.zero(currency);
        Money tax = Money.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            if (!line.currency().equals(currency)) {
                throw DomainException.invalid("line_items[" + i + "]",
                        "Line item is in " + line.currency() + " but the document is in " + currency);
            }
            subtotal = subtotal.plus(line.gross());
            discount = discount.plus(line.discount());
            tax = tax.plus(line.tax());
        }
        return new DocumentTotals(subtotal, discount, tax, subtotal.minus(discount).plus(tax));
    }
}
