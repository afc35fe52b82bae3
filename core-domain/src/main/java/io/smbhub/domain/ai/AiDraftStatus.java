package io.smbhub.domain.ai;

import io.smbhub.domain.shared.TransitionTable;

/**
 * AI draft statuses and transition table (spec smb-hub-prd.md 12.2 E): PENDING_QC → APPROVED | REJECTED | APPLIED,
 * APPROVED → APPLIED | REJECTED. APPLIED and REJECTED are final; applying an APPLIED draft again is not a move but
 * answers the same target (idempotent apply).
 */
public enum AiDraftStatus {
    PENDING_QC, APPROVED, REJECTED, APPLIED;

    public static final TransitionTable<AiDraftStatus> TRANSITIONS = TransitionTable.of(AiDraftStatus.class, "AI draft")
            .allow(PENDING_QC, APPROVED, REJECTED, APPLIED)
            .allow(APPROVED, APPLIED, REJECTED)
            .build();
}
