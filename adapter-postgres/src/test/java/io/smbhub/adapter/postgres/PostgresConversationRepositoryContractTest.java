package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.ConversationRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link ConversationRepositoryContract} against PostgreSQL, plus what only the database enforces (V6): row-level
 * security on {@code conversations} and the composite foreign key to {@code contacts}.
 */
class PostgresConversationRepositoryContractTest extends ConversationRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("conversation_repository");
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return PostgresPortAdapters.inbox(adapters);
    }

    @Test
    void aQueryWithoutTenantFilterSeesOnlyTheBoundTenantsConversations() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        newConversation(a, new EmailAddress("a@client.test", null), "A", null, T0);
        newConversation(b, new EmailAddress("b@client.test", null), "B", null, T0);
        JdbcTransactionRunner jdbc = (JdbcTransactionRunner) tx();

        List<UUID> seenByA = jdbc.inTenant(a, () -> jdbc.dsl().fetch("select tenant_id from conversations")
                .getValues(0, UUID.class));

        assertThat(seenByA).isNotEmpty().containsOnly(a.value());
    }

    @Test
    void aConversationCannotLinkAnotherTenantsContact() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        ContactId contactOfA = newContact(a, "Only in A").id();
        Conversation c = Conversation.startInbound(new ConversationId(newId()), b, Channel.EMAIL, "Smuggled",
                new EmailAddress("x@client.test", null), contactOfA, null, "x", T0);

        Throwable thrown = catchThrowable(() -> in(b, () -> inbox().conversations().save(c)));

        assertThat(thrown).isInstanceOf(DomainException.class).hasMessageContaining("conversations_contact_fk");
        assertThat(((DomainException) thrown).code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(in(b, () -> inbox().conversations().findById(b, c.id()))).isEmpty();
    }
}
