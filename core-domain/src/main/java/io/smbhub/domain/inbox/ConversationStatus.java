package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Status of a conversation (spec smb-hub-prd.md 12.2 D): OPEN or CLOSED. Closing never deletes; it only hides
 * the conversation from the Open filter. A new inbound message reopens a closed conversation.
 */
public enum ConversationStatus {
    OPEN, CLOSED;

    /** The conversation state machine (spec 12.2 D). */
    public static final TransitionTable<ConversationStatus> TRANSITIONS = TransitionTable.of(ConversationStatus.class, "Conversation")
            .allow(OPEN, CLOSED)
            .allow(CLOSED, OPEN)
            .build();
}
