package io.smbhub.application.port.in.inbox;

import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.ConversationStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as clients read it (spec smb-hub-prd.md 2.1 Conversation, 3.4): the outside party
 * ({@code participantAddress}, {@code participantName}), the linked contact ({@code contactId} and its
 * {@code contactName}, both null for an unknown sender — then {@code allowedActions} offers {@code create_contact}),
 * {@code status}, {@code assignedTo}, {@code unread}, {@code lastMessageAt} (UTC) and {@code preview} for the list,
 * and the actions the asking member may take now
 * ({@code reply}, {@code assign}, {@code close}, {@code reopen}, {@code mark_read}, {@code create_contact},
 * {@code link_contact}, {@code convert_to_work_item}).
 */
public record ConversationView(UUID id, Channel channel, String subject, String participantAddress,
                               String participantName, UUID contactId, String contactName, String externalThreadId,
                               ConversationStatus status, UUID assignedTo, boolean unread, Instant lastMessageAt,
                               String preview, Instant createdAt, Instant updatedAt,
                               long version, List<String> allowedActions) {
    public ConversationView {
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }
}
