package io.smbhub.application.port.in.portal;

import io.smbhub.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as the holder of its portal link sees it (spec smb-hub-prd.md 3.13 "Invoice Payment Page"): only
 * what is printed on the invoice — never an internal, tenant or user id. Money in the invoice currency.
 * {@code state} decides the page: {@link State#OPEN} (awaiting payment; {@code payable} when a Pay button
 * applies: open with an amount due above zero and online payments enabled in the profile), {@link State#PAID}
 * (receipt: {@code amountPaid}; {@code paidOn}, the date of the last successful payment in the business's
 * timezone, null when no payment is on record), {@link State#VOID}. {@code overdue}: open and past the due date (tenant-local).
 */
public record PortalInvoiceView(String businessName, String invoiceNumber, String customerName, State state,
                                String statusLabel, boolean overdue, LocalDate issueDate, LocalDate dueDate,
                                String currency, List<PortalLine> lines, Money subtotal, Money discountTotal,
                                Money taxTotal, Money total, Money amountPaid, Money amountDue, LocalDate paidOn,
                                boolean payable, String notes, String terms) {

    public PortalInvoiceView {
        lines = List.copyOf(lines);
    }

    /** What the page shows. */
    public enum State { OPEN, PAID, VOID }
}
