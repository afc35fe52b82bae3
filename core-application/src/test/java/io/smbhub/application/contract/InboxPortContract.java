package io.smbhub.application.contract;

import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeAll;

import java.time.Instant;
import java.util.List;

/**
 * Base of the contract suites of the issue-5 ports ({@link InboxAdapters}): a concrete class supplies those adapters
 * on the same store and transaction runner as {@link #adapters()}. Fixtures make stored conversations and messages.
 */
public abstract class InboxPortContract extends PortContract {

    private InboxAdapters inbox;

    /** The adapters under test, sharing {@code adapters.tx()} and its store. */
    protected abstract InboxAdapters createInbox(PortAdapters adapters);

    @BeforeAll
    final void openInbox() {
        inbox = createInbox(adapters());
    }

    protected final InboxAdapters inbox() {
        return inbox;
    }

    /** A stored inbound conversation from {@code from} about {@code subject}, at {@code at}, at version 1. */
    protected final Conversation newConversation(TenantId tenant, EmailAddress from, String subject, ContactId contact,
                                                 Instant at) {
        Conversation c = Conversation.startInbound(new ConversationId(newId()), tenant, Channel.EMAIL, subject, from,
                contact, "thread-" + newId() + "@mail.test", "Hello there", at);
        return in(tenant, () -> {
            inbox.conversations().save(c);
            return inbox.conversations().findById(tenant, c.id()).orElseThrow();
        });
    }

    /** A received message of {@code conversation} with Message-ID {@code internetMessageId}, not saved. */
    protected final Message received(TenantId tenant, ConversationId conversation, String internetMessageId, Instant at) {
        return Message.received(new MessageId(newId()), tenant, conversation,
                new EmailAddress("customer@client.test", "Customer"), List.of(new EmailAddress("inbox@biz.test", null)),
                List.of(), "Question", "Can you help?", null, internetMessageId, null, List.of(), 0, at, at);
    }

    /** {@code message} saved; returns it as loaded back. */
    protected final Message stored(Message message) {
        TenantId tenant = message.tenantId();
        return in(tenant, () -> {
            inbox.messages().save(message);
            return inbox.messages().findById(tenant, message.id()).orElseThrow();
        });
    }
}
