package io.smbhub.application.memory;

import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.domain.inbox.DocumentRef;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.inbox.MessageDirection;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.TenantId;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link MessageRepository} in memory, for tests and embedders; {@code internetMessageId} unique per tenant. */
public final class InMemoryMessageRepository implements MessageRepository {

    /** Oldest first: created time, then id (as PostgreSQL orders uuid). */
    private static final Comparator<Message> OLDEST_FIRST = Comparator.comparing(Message::createdAt)
            .thenComparing(m -> m.id().value(), InMemoryTable.UNSIGNED);

    private final InMemoryTable<Message> table;

    public InMemoryMessageRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Message", (m, v) -> Message.rehydrate(m.id(), m.tenantId(), m.conversationId(),
                m.direction(), m.from(), m.to(), m.cc(), m.subject(), m.bodyText(), m.bodyHtml(), m.internetMessageId(),
                m.inReplyTo(), m.references(), m.attachmentCount(), m.document(), m.purpose(), m.status(),
                m.failureReason(), m.sentAt(), m.createdBy(), m.createdAt(), m.updatedAt(), v));
    }

    @Override
    public Optional<Message> findById(TenantId tenant, MessageId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public long save(Message message) {
        boolean taken = table.all(message.tenantId().value()).stream()
                .anyMatch(m -> !m.id().equals(message.id()) && m.internetMessageId().equals(message.internetMessageId()));
        if (taken) {
            throw new DomainException(ErrorCode.CONFLICT, "Message " + message.id() + " has Message-ID <"
                    + message.internetMessageId() + ">, which another message of this business already has");
        }
        return table.save(message.tenantId().value(), message.id().value(), message, message.version(), Message::version);
    }

    @Override
    public Optional<Message> findByInternetMessageId(TenantId tenant, String internetMessageId) {
        return table.all(tenant.value()).stream().filter(m -> m.internetMessageId().equals(internetMessageId)).findFirst();
    }

    @Override
    public List<Message> findByInternetMessageIds(TenantId tenant, Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return table.all(tenant.value()).stream().filter(m -> wanted.contains(m.internetMessageId()))
                .sorted(OLDEST_FIRST.reversed()).toList();
    }

    @Override
    public List<Message> listByConversation(TenantId tenant, ConversationId conversationId, UUID afterId, int limit) {
        List<Message> messages = table.all(tenant.value()).stream()
                .filter(m -> m.conversationId().equals(conversationId)).sorted(OLDEST_FIRST).toList();
        if (afterId != null) {
            Optional<Message> cursor = table.find(tenant.value(), afterId);
            if (cursor.isEmpty()) {
                return List.of();
            }
            messages = messages.stream().filter(m -> OLDEST_FIRST.compare(m, cursor.get()) > 0).toList();
        }
        return messages.stream().limit(limit).toList();
    }

    @Override
    public Optional<Message> latestAboutDocument(TenantId tenant, DocumentRef document) {
        return table.all(tenant.value()).stream()
                .filter(m -> m.direction() == MessageDirection.OUTBOUND && document.equals(m.document()))
                .max(OLDEST_FIRST);
    }

    @Override
    public Optional<Message> latest(TenantId tenant, ConversationId conversationId) {
        return table.all(tenant.value()).stream().filter(m -> m.conversationId().equals(conversationId))
                .max(OLDEST_FIRST);
    }
}
