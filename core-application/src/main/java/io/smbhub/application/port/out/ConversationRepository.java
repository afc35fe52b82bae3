package io.smbhub.application.port.out;

import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Inbox conversations of a tenant (spec smb-hub-prd.md 2.1 Conversation, 3.4). Every method is scoped to the given
 * tenant: another tenant's id is simply not found.
 */
public interface ConversationRepository {

    /**
     * List filter; every part optional. {@code q}: case-insensitive substring of the participant's address or name,
     * the subject, or the linked contact's display name; {@code assignedTo}; {@code unassigned} true lists only
     * conversations without an assignee; {@code unread}; {@code contactId}.
     */
    record Filter(String q, ConversationStatus status, Channel channel, UserId assignedTo, Boolean unassigned,
                  Boolean unread, ContactId contactId) {
    }

    /** Keyset position in the list: the last row's {@code lastMessageAt} and id. */
    record Position(Instant lastMessageAt, UUID id) {
    }

    Optional<Conversation> findById(TenantId tenant, ConversationId id);

    /**
     * Inserts (version 0) or updates (only if the stored version still equals {@code conversation.version()}) and
     * returns the stored version. Errors: {@code CONFLICT} when the stored version moved on.
     */
    long save(Conversation conversation);

    /** Newest activity first ({@code lastMessageAt} desc, id desc), strictly after {@code after} when given. */
    List<Conversation> list(TenantId tenant, Filter filter, Position after, int limit);

    /** Conversations whose participant has this address and no contact yet (to link them to a new contact). */
    List<Conversation> findUnlinkedByParticipant(TenantId tenant, String address);
}
