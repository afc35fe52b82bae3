package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.MessageId;

import java.time.Instant;

/** What happened to a message; {@link #action()} is the audit action name. */
public sealed interface MessageEvent extends DomainEvent {

    MessageId messageId();

    record MessageReceived(MessageId messageId, ConversationId conversationId, int attachments, Instant occurredAt)
            implements MessageEvent {
        public String action() { return "message.received"; }
    }

    /** Written to the outbox; {@code purpose} says why (null for a plain reply). */
    record MessageQueued(MessageId messageId, ConversationId conversationId, MessagePurpose purpose, Instant occurredAt)
            implements MessageEvent {
        public String action() { return "message.queued"; }
    }

    record MessageSent(MessageId messageId, Instant occurredAt) implements MessageEvent {
        public String action() { return "message.sent"; }
    }

    record MessageFailed(MessageId messageId, String reason, Instant occurredAt) implements MessageEvent {
        public String action() { return "message.send_failed"; }
    }

    record MessageRetried(MessageId messageId, Instant occurredAt) implements MessageEvent {
        public String action() { return "message.retried"; }
    }
}
