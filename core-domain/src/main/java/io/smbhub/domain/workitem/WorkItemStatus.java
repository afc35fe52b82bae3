package io.smbhub.domain.workitem;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Work item statuses and their transition table (spec smb-hub-prd.md 12.2 A): NEW → IN_PROGRESS →
 * DONE, with the optional detours NEEDS_APPROVAL and WAITING, and any open status → CANCELED. DONE
 * may still be canceled; CANCELED is terminal.
 */
public enum WorkItemStatus {
    NEW, IN_PROGRESS, NEEDS_APPROVAL, WAITING, DONE, CANCELED;

    /** The allowed moves. */
    public static final TransitionTable<WorkItemStatus> TRANSITIONS = TransitionTable.of(WorkItemStatus.class, "Work item")
            .allow(NEW, IN_PROGRESS, NEEDS_APPROVAL, WAITING, CANCELED)
            .allow(IN_PROGRESS, DONE, NEEDS_APPROVAL, WAITING, CANCELED)
            .allow(NEEDS_APPROVAL, IN_PROGRESS, WAITING, DONE, CANCELED)
            .allow(WAITING, IN_PROGRESS, NEEDS_APPROVAL, CANCELED)
            .allow(DONE, CANCELED)
            .build();
}
