package io.smbhub.adapter.rest.inbox;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.inbox.ConversationQueries;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.UUID;

/**
 * The idempotency result of a POST that queues a message ({@code "<conversation id> <message id>"}) and the message
 * it names, as it is now, for a replay: the conversation's messages are read page by page until it is found
 * (the inbox port reads messages per conversation only).
 */
final class ReplayedMessages {

    private ReplayedMessages() {
    }

    static String encode(MessageView message) {
        return message.conversationId() + " " + message.id();
    }

    /** The message named by {@code result}. Errors: {@code NOT_FOUND} when it is no longer visible to the actor. */
    static MessageView load(ConversationQueries queries, Actor actor, String result) {
        String[] ids = result.split(" ", 2);
        ConversationId conversation = new ConversationId(UUID.fromString(ids[0]));
        UUID messageId = UUID.fromString(ids[1]);
        String cursor = null;
        do {
            Page<MessageView> page = queries.messages(actor, conversation, new PageRequest(PageRequest.MAX_LIMIT, cursor));
            for (MessageView message : page.items()) {
                if (message.id().equals(messageId)) {
                    return message;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        throw new DomainException(ErrorCode.NOT_FOUND, "Message " + messageId + " was not found");
    }
}
