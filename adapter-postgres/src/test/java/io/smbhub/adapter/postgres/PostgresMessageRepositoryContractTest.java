package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.MessageRepositoryContract;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link MessageRepositoryContract} against PostgreSQL, plus the composite foreign key of V6: a message cannot join
 * another tenant's conversation.
 */
class PostgresMessageRepositoryContractTest extends MessageRepositoryContract {

    @Override
    protected PortAdapters createAdapters() {
        return PostgresPortAdapters.create("message_repository");
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return PostgresPortAdapters.inbox(adapters);
    }

    @Test
    void aMessageCannotJoinAnotherTenantsConversation() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        ConversationId ofA = newConversation(a, new EmailAddress("a@client.test", null), "A", null, T0).id();
        Message smuggled = received(b, ofA, "smuggled@mail.test", T0);

        Throwable thrown = catchThrowable(() -> in(b, () -> inbox().messages().save(smuggled)));

        assertThat(thrown).isInstanceOf(DomainException.class).hasMessageContaining("messages_conversation_fk");
        assertThat(((DomainException) thrown).code()).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
