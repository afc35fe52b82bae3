package io.smbhub.application;

import io.smbhub.application.memory.InMemoryCore;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The README's 'Embedding the core' example works as written")
class EmbeddingExampleTest {

    @Test
    void readmeExample() {
        InMemoryCore hub = InMemoryCore.start(Instant.parse("2026-01-05T09:00:00Z"));
        CoreServices core = hub.services();
        Identity owner = core.signUp().signUp(
                new SignUpCommand("Acme", "general", "owner@acme.test", "correct horse", "UTC", "USD"));
        Actor actor = new Actor(owner.tenantId(), owner.userId(), owner.role(), "req-1");
        ContactView john = core.createContact().create(actor, new CreateContactCommand(new ContactDetails(
                ContactType.CUSTOMER, "John Smith", null, "john@example.com", null, null, List.of(), null, null)));
        InvoiceView invoice = core.createInvoice().create(actor, new InvoiceDraft(new ContactId(john.id()), "USD", null, null,
                List.of(new LineItemInput("Repair", BigDecimal.ONE, new BigDecimal("200"), null, null)), null, null));
        core.sendInvoice().send(actor, new SendDocumentCommand(invoice.id(), "EMAIL", null));
        core.jobs().runDueJobs(10);   // the outbox: emails leave after the send committed

        assertThat(hub.email().emails()).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Invoice INV-000001 from Acme");
            assertThat(m.to()).extracting(a -> a.address()).containsExactly("john@example.com");
            assertThat(m.text()).contains("http://localhost:8080/portal/invoices/");
            assertThat(m.attachments()).singleElement().satisfies(a -> assertThat(a.filename()).isEqualTo("INV-000001.txt"));
        });
        assertThat(core.invoiceQueries().get(actor, new InvoiceId(invoice.id())).status()).isEqualTo(InvoiceStatus.SENT);
    }
}
