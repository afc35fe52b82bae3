package io.smbhub.application.port.in;

import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;

import java.math.BigDecimal;

/**
 * A stored line item with its computed amounts (all {@link Money} in the document currency):
 * {@code amount = round(qty × rate)}, {@code tax}, {@code total = amount − discount + tax}.
 */
public record LineItemView(String name, BigDecimal qty, Money rate, BigDecimal taxRate, Money discount,
                           Money amount, Money tax, Money total) {
    public static LineItemView of(LineItem line) {
        return new LineItemView(line.name(), line.quantity(), line.unitPrice(), line.taxRate(), line.discount(),
                line.gross(), line.tax(), line.total());
    }
}
