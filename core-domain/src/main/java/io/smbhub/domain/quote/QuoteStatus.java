package io.smbhub.domain.quote;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Quote statuses and transition table (spec smb-hub-prd.md 12.2 B): DRAFT → SENT → (APPROVED |
 * REJECTED | EXPIRED), APPROVED → CONVERTED when the invoice is created.
 */
public enum QuoteStatus {
    DRAFT, SENT, APPROVED, REJECTED, EXPIRED, CONVERTED;

    public static final TransitionTable<QuoteStatus> TRANSITIONS = TransitionTable.of(QuoteStatus.class, "Quote")
            .allow(DRAFT, SENT)
            .allow(SENT, APPROVED, REJECTED, EXPIRED)
            .allow(APPROVED, CONVERTED)
            .build();
}
