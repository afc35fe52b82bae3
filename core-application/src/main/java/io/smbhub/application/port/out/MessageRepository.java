package io.smbhub.application.port.out;

import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages of a tenant's conversations (spec smb-hub-prd.md 2.1 Message); outbound ones are also the email outbox.
 * Every method is scoped to the given tenant. {@code internetMessageId} is unique per tenant.
 */
public interface MessageRepository {

    Optional<Message> findById(TenantId tenant, MessageId id);

    /**
     * Inserts (version 0) or updates (only if the stored version still equals it) and returns the stored version.
     * Errors: {@code CONFLICT} when the stored version moved on or another message of the tenant has the same
     * {@code internetMessageId}.
     */
    long save(Message message);

    /** The message with this {@code Message-ID} (bare, case as stored), if the tenant has it. */
    Optional<Message> findByInternetMessageId(TenantId tenant, String internetMessageId);

    /** Messages whose {@code Message-ID} is one of {@code ids}, newest first (threading a reply). */
    List<Message> findByInternetMessageIds(TenantId tenant, Collection<String> ids);

    /** A conversation's messages oldest first ({@code createdAt}, id), ids strictly after {@code afterId} when given. */
    List<Message> listByConversation(TenantId tenant, ConversationId conversationId, UUID afterId, int limit);

    /** The newest outbound message about {@code document} (its send or a reminder), to thread the next one to it. */
    Optional<Message> latestAboutDocument(TenantId tenant, io.smbhub.domain.inbox.DocumentRef document);

    /** The newest message of the conversation, if any. */
    Optional<Message> latest(TenantId tenant, ConversationId conversationId);
}
