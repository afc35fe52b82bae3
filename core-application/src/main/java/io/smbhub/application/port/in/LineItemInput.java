package io.smbhub.application.port.in;

import java.math.BigDecimal;

/**
 * A line item as a client sends it (spec smb-hub-prd.md 12.3.4 {@code line_items[{name, qty, rate,
 * tax_rate, discount}]}): exact decimals in the document's currency; {@code taxRate} in percent;
 * {@code qty} defaults to 1, {@code taxRate} and {@code discount} to 0. Validated when the document is built.
 */
public record LineItemInput(String name, BigDecimal qty, BigDecimal rate, BigDecimal taxRate, BigDecimal discount) {
}
