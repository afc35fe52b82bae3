package io.smbhub.application.port.in.portal;

import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;

import java.math.BigDecimal;

/**
 * One line of a document as the customer sees it on the portal: description, quantity, unit price, tax rate in
 * percent, discount (zero when none) and line total; money in the document currency.
 */
public record PortalLine(String description, BigDecimal quantity, Money unitPrice, BigDecimal taxRatePercent,
                         Money discount, Money total) {

    public static PortalLine of(LineItem line) {
        return new PortalLine(line.name(), line.quantity(), line.unitPrice(), line.taxRate(), line.discount(), line.total());
    }
}
