package io.smbhub.domain.expense;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Expense statuses (spec smb-hub-prd.md 2.1 "Expense": {@code DRAFT | SUBMITTED | APPROVED | REJECTED}) and their
 * transition table. Spec 12.2 locks no expense machine, so this one follows Epic 6 ("captured, submitted, approved"):
 * DRAFT → SUBMITTED → (APPROVED | REJECTED), and REJECTED → DRAFT when the submitter edits it to fix what the
 * reviewer asked for. APPROVED is final: an approved expense is booked and no longer changes.
 */
public enum ExpenseStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED;

    public static final TransitionTable<ExpenseStatus> TRANSITIONS = TransitionTable.of(ExpenseStatus.class, "Expense")
            .allow(DRAFT, SUBMITTED)
            .allow(SUBMITTED, APPROVED, REJECTED)
            .allow(REJECTED, DRAFT)
            .build();
}
