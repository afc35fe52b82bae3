package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Delivery state of a message (spec smb-hub-prd.md 3.4 "Provider failure", Epic 3 story 3.2). An inbound message
 * is RECEIVED and stays so. An outbound message is QUEUED in the transactional outbox with the change that caused
 * it, becomes SENT once the mail server accepted it, or FAILED when it was refused for good or every retry failed;
 * a member may retry a FAILED message (back to QUEUED). A message is never marked sent before the server accepted it.
 */
public enum DeliveryStatus {
    RECEIVED, QUEUED, SENT, FAILED;

    /** The delivery state machine. */
    public static final TransitionTable<DeliveryStatus> TRANSITIONS = TransitionTable.of(DeliveryStatus.class, "Message")
            .allow(QUEUED, SENT, FAILED)
            .allow(FAILED, QUEUED)
            .build();
}
