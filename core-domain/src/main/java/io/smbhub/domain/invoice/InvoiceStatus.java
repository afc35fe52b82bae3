package io.smbhub.domain.invoice;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Stored invoice statuses and transition table (spec smb-hub-prd.md 12.2 C): DRAFT → SENT;
 * SENT → PARTIALLY_PAID | PAID; PARTIALLY_PAID → PAID; DRAFT | SENT → VOID. OVERDUE is not stored: it is
 * derived by {@link Invoice#isOverdue} (sent, past the due date, amount due above zero).
 */
public enum InvoiceStatus {
    DRAFT, SENT, PARTIALLY_PAID, PAID, VOID;

    public static final TransitionTable<InvoiceStatus> TRANSITIONS = TransitionTable.of(InvoiceStatus.class, "Invoice")
            .allow(DRAFT, SENT, VOID)
            .allow(SENT, PARTIALLY_PAID, PAID, VOID)
            .allow(PARTIALLY_PAID, PAID)
            .build();

    /** True for the statuses that still expect money: SENT and PARTIALLY_PAID. */
    public boolean isOpen() {
        return this == SENT || this == PARTIALLY_PAID;
    }
}
