package io.smbhub.application.port.in.portal;

import io.smbhub.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A quote as the holder of its portal link sees it (spec smb-hub-prd.md 3.13 "Quote Approval Page"): only what is
 * printed on the quote — never an internal, tenant or user id. Money in the quote currency. {@code state}:
 * {@link State#OPEN} (awaiting the customer's answer: Approve / Reject apply), {@link State#APPROVED} (also once
 * converted into an invoice), {@link State#REJECTED} (with the customer's {@code rejectionReason}, may be null),
 * {@link State#EXPIRED} (lapsed, or past {@code expiryDate} in the tenant's timezone).
 */
public record PortalQuoteView(String businessName, String quoteNumber, String customerName, State state,
                              String statusLabel, LocalDate issueDate, LocalDate expiryDate, String currency,
                              List<PortalLine> lines, Money subtotal, Money discountTotal, Money taxTotal, Money total,
                              String rejectionReason, String notes, String terms) {

    public PortalQuoteView {
        lines = List.copyOf(lines);
    }

    /** What the page shows. */
    public enum State { OPEN, APPROVED, REJECTED, EXPIRED }
}
