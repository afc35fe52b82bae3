package io.smbhub.domain.invoice;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Stored invoice statuses and transition table (spec smb-hub-prd.md 12.2 C, 12.5): DRAFT → SENT;
 * SENT → PARTIALLY_PAID | PAID; PARTIALLY_PAID → PAID; DRAFT | SENT → VOID. Payments and refunds also move
 * PAID → PARTIALLY_PAID | SENT and PARTIALLY_PAID → SENT (refunds), and DRAFT → PARTIALLY_PAID | PAID (a
 * provider payment that arrives before the invoice was marked sent). OVERDUE is not stored: it is
 * derived by {@link Invoice#isOverdue} (sent, past the due date, amount due above zero).
 */
public enum InvoiceStatus {
    DRAFT, SENT, PARTIALLY_PAID, PAID, VOID;

    public static final TransitionTable<InvoiceStatus> TRANSITIONS = TransitionTable.of(InvoiceStatus.class, "Invoice")
            .allow(DRAFT, SENT, VOID, PARTIALLY_PAID, PAID)
            .allow(SENT, PARTIALLY_PAID, PAID, VOID)
            .allow(PARTIALLY_PAID, PAID, SENT)
            .allow(PAID, PARTIALLY_PAID, SENT)
            .build();

    /** True for the statuses that still expect money: SENT and PARTIALLY_PAID. */
    public boolean isOpen() {
        return this == SENT || this == PARTIALLY_PAID;
    }
}
