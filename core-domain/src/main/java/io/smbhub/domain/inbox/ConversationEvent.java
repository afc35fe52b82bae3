package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;

/** What happened to a conversation; {@link #action()} is the audit action name. */
public sealed interface ConversationEvent extends DomainEvent {

    ConversationId conversationId();

    record ConversationStarted(ConversationId conversationId, Channel channel, Instant occurredAt) implements ConversationEvent {
        public String action() { return "conversation.started"; }
    }

    /** {@code assignee} null means unassigned. */
    record ConversationAssigned(ConversationId conversationId, UserId assignee, Instant occurredAt) implements ConversationEvent {
        public String action() { return "conversation.assigned"; }
    }

    record ConversationClosed(ConversationId conversationId, Instant occurredAt) implements ConversationEvent {
        public String action() { return "conversation.closed"; }
    }

    /** Reopened by a member, or by a new inbound message ({@code byInboundMessage}). */
    record ConversationReopened(ConversationId conversationId, boolean byInboundMessage, Instant occurredAt)
            implements ConversationEvent {
        public String action() { return "conversation.reopened"; }
    }

    record ConversationContactLinked(ConversationId conversationId, ContactId contactId, Instant occurredAt)
            implements ConversationEvent {
        public String action() { return "conversation.contact_linked"; }
    }
}
