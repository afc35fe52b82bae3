package io.smbhub.application.contract;

import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.QuoteRepository.Filter;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link QuoteRepository}. */
public abstract class QuoteRepositoryContract extends PortContract {

    private static final Filter ALL = new Filter(null, null);

    private QuoteRepository quotes() {
        return adapters().quotes();
    }

    private Quote load(TenantId tenant, QuoteId id) {
        return in(tenant, () -> quotes().findById(tenant, id)).orElseThrow();
    }

    private List<UUID> listIds(TenantId tenant, Filter filter) {
        return in(tenant, () -> quotes().list(tenant, filter, null, 100)).stream().map(q -> q.id().value()).toList();
    }

    private WorkItemId newWorkItem(TenantId tenant, ContactId contact) {
        WorkItem item = WorkItem.create(new WorkItemId(newId()), tenant,
                new WorkItemDetails(WorkItemType.JOB, "Job", null, null, contact, null, null), null, null, null, T0);
        in(tenant, () -> adapters().workItems().save(item));
        return item.id();
    }

    private Quote sentQuote(TenantId tenant, String number, ContactId contact) {
        Quote quote = Quote.create(new QuoteId(newId()), tenant, number,
                new QuoteDetails(contact, "USD", TODAY, TODAY.plusDays(30), lines("USD"), "Valid 30 days", "50% upfront"),
                null, newUserId(), T0);
        quote.send(at(Duration.ofHours(1)));
        return quote;
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        ContactId contact = newContact(tenant, "Customer").id();
        WorkItemId workItem = newWorkItem(tenant, contact);
        Invoice invoice = newInvoice(tenant, "INV-000001", contact);
        Quote quote = Quote.create(new QuoteId(newId()), tenant, "Q-000042",
                new QuoteDetails(contact, "USD", TODAY, TODAY.plusDays(30), lines("USD"), "Valid 30 days", "50% upfront"),
                workItem, newUserId(), T0);
        quote.send(at(Duration.ofHours(1)));
        quote.approve(TODAY, at(Duration.ofHours(2)));
        quote.markConverted(invoice.id(), at(Duration.ofHours(3)));

        long version = in(tenant, () -> quotes().save(quote));
        Quote loaded = load(tenant, quote.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(quote);
        assertThat(loaded.number()).isEqualTo("Q-000042");
        assertThat(loaded.status()).isEqualTo(QuoteStatus.CONVERTED);
        assertThat(loaded.workItemId()).contains(workItem);
        assertThat(loaded.convertedInvoiceId()).contains(invoice.id());
        assertThat(loaded.sentAt()).contains(at(Duration.ofHours(1)));
        assertThat(loaded.details().expiryDate()).isEqualTo(TODAY.plusDays(30));
        LineItem first = loaded.details().lineItems().get(0);
        assertThat(first.quantity().toPlainString()).isEqualTo("2.50");
        assertThat(first.taxRate().toPlainString()).isEqualTo("11.0");
        assertThat(first.unitPrice().amount().toPlainString()).isEqualTo("120.00");
        assertThat(first.discount().amount().toPlainString()).isEqualTo("5.25");
        assertThat(loaded.details().lineItems()).isEqualTo(quote.details().lineItems());
        assertThat(loaded.totals()).isEqualTo(quote.totals());
    }

    @Test
    void rejectionReasonRoundTrips() {
        TenantId tenant = newTenant();
        Quote quote = sentQuote(tenant, "Q-000001", newContact(tenant, "C").id());
        quote.reject("Too expensive, sorry", at(Duration.ofDays(1)));

        in(tenant, () -> quotes().save(quote));
        Quote loaded = load(tenant, quote.id());

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(quote);
        assertThat(loaded.rejectionReason()).contains("Too expensive, sorry");
        assertThat(loaded.status()).isEqualTo(QuoteStatus.REJECTED);
    }

    @Test
    void optionalFieldsStayEmpty() {
        TenantId tenant = newTenant();
        Quote quote = Quote.create(new QuoteId(newId()), tenant, "Q-000001",
                new QuoteDetails(null, "EUR", null, null, List.of(), null, null), null, null, T0);

        in(tenant, () -> quotes().save(quote));
        Quote loaded = load(tenant, quote.id());

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(quote);
        assertThat(loaded.details().contactId()).isNull();
        assertThat(loaded.details().issueDate()).isNull();
        assertThat(loaded.details().expiryDate()).isNull();
        assertThat(loaded.details().lineItems()).isEmpty();
        assertThat(loaded.details().notes()).isNull();
        assertThat(loaded.details().terms()).isNull();
        assertThat(loaded.workItemId()).isEmpty();
        assertThat(loaded.convertedInvoiceId()).isEmpty();
        assertThat(loaded.rejectionReason()).isEmpty();
        assertThat(loaded.sentAt()).isEmpty();
        assertThat(loaded.createdBy()).isNull();
        assertThat(loaded.totals().total().amount().toPlainString()).isEqualTo("0.00");
    }

    @Test
    void updateBumpsTheVersionAndStoresTheChange() {
        TenantId tenant = newTenant();
        Quote quote = newQuote(tenant, "Q-000001", newContact(tenant, "C").id());
        quote.send(at(Duration.ofHours(5)));

        long version = in(tenant, () -> quotes().save(quote));
        Quote loaded = load(tenant, quote.id());

        assertThat(version).isEqualTo(2);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(loaded.sentAt()).contains(at(Duration.ofHours(5)));
    }

    @Test
    void savingAStaleVersionIsAConflictAndLeavesTheStoredRowUnchanged() {
        TenantId tenant = newTenant();
        Quote stored = newQuote(tenant, "Q-000001", newContact(tenant, "C").id());
        Quote first = load(tenant, stored.id());
        Quote second = load(tenant, stored.id());
        first.send(at(Duration.ofMinutes(1)));
        second.revise(new QuoteDetails(null, "USD", null, null, List.of(), "changed", null), at(Duration.ofMinutes(2)));
        in(tenant, () -> quotes().save(first));

        var conflict = assertConflict(() -> in(tenant, () -> quotes().save(second)));

        assertThat(conflict.getMessage()).contains("was changed by someone else");
        Quote loaded = load(tenant, stored.id());
        assertThat(loaded.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(loaded.details().notes()).isNull();
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void aDuplicateQuoteNumberInOneTenantIsAConflictButAnotherTenantMayUseIt() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        Quote first = newQuote(tenant, "Q-000007", null);
        Quote duplicate = Quote.create(new QuoteId(newId()), tenant, "Q-000007",
                new QuoteDetails(null, "USD", null, null, List.of(), null, null), null, null, T0);

        var conflict = assertConflict(() -> in(tenant, () -> quotes().save(duplicate)));

        assertThat(conflict.getMessage()).contains("Q-000007");
        assertThat(in(tenant, () -> quotes().findById(tenant, duplicate.id()))).isEmpty();
        assertThat(listIds(tenant, ALL)).containsExactly(first.id().value());
        Quote elsewhere = newQuote(other, "Q-000007", null);
        assertThat(elsewhere.number()).isEqualTo("Q-000007");
    }

    @Test
    void anotherTenantsQuoteIsNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        Quote quote = newQuote(owner, "Q-000001", null);

        assertThat(in(other, () -> quotes().findById(other, quote.id()))).isEmpty();
        assertThat(listIds(other, ALL)).isEmpty();
    }

    @Test
    void listFiltersByStatusAndContact() {
        TenantId tenant = newTenant();
        ContactId alice = newContact(tenant, "Alice").id();
        ContactId bob = newContact(tenant, "Bob").id();
        Quote draftForAlice = newQuote(tenant, "Q-000001", alice);
        Quote sentForAlice = sentQuote(tenant, "Q-000002", alice);
        in(tenant, () -> quotes().save(sentForAlice));
        Quote sentForBob = sentQuote(tenant, "Q-000003", bob);
        in(tenant, () -> quotes().save(sentForBob));

        assertThat(listIds(tenant, ALL)).containsExactly(sentForBob.id().value(), sentForAlice.id().value(), draftForAlice.id().value());
        assertThat(listIds(tenant, new Filter(QuoteStatus.SENT, null))).containsExactly(sentForBob.id().value(), sentForAlice.id().value());
        assertThat(listIds(tenant, new Filter(null, alice))).containsExactly(sentForAlice.id().value(), draftForAlice.id().value());
        assertThat(listIds(tenant, new Filter(QuoteStatus.DRAFT, bob))).isEmpty();
        assertThat(listIds(tenant, new Filter(QuoteStatus.APPROVED, null))).isEmpty();
    }

    @Test
    void keysetPagesReturnEveryQuoteOnceNewestFirstEvenWithInsertsBetweenPages() {
        TenantId tenant = newTenant();
        List<UUID> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(newQuote(tenant, "Q-00000" + i, null).id().value());
        }
        int[] late = {100};

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> quotes().list(tenant, ALL, after, limit)),
                q -> q.id().value(), 2, () -> newQuote(tenant, "Q-000" + late[0]++, null));

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
    }

    @Test
    void aRolledBackSaveLeavesNoQuote() {
        TenantId tenant = newTenant();
        Quote quote = Quote.create(new QuoteId(newId()), tenant, "Q-000001",
                new QuoteDetails(null, "USD", null, null, List.of(), null, null), null, null, T0);

        runAndRollBack(tenant, () -> quotes().save(quote));

        assertThat(in(tenant, () -> quotes().findById(tenant, quote.id()))).isEmpty();
        assertThat(newQuote(tenant, "Q-000001", null).number()).isEqualTo("Q-000001");
    }
}
