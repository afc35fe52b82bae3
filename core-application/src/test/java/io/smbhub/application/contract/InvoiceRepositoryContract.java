package io.smbhub.application.contract;

import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.InvoiceRepository.Filter;
import io.smbhub.application.port.out.InvoiceRepository.OpenTotals;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link InvoiceRepository}. */
public abstract class InvoiceRepositoryContract extends PortContract {

    private static final Filter ALL = new Filter(null, null, null);

    private InvoiceRepository invoices() {
        return adapters().invoices();
    }

    private Invoice load(TenantId tenant, InvoiceId id) {
        return in(tenant, () -> invoices().findById(tenant, id)).orElseThrow();
    }

    private List<UUID> listIds(TenantId tenant, Filter filter) {
        return in(tenant, () -> invoices().list(tenant, filter, null, 100)).stream().map(i -> i.id().value()).toList();
    }

    private static List<LineItem> oneLine(String amount, String currency) {
        return List.of(new LineItem("Service", BigDecimal.ONE, Money.of(new BigDecimal(amount), currency), null, null));
    }

    /**
     * A stored invoice, sent, with {@code paid} applied (null = none), due on {@code dueDate}; for a new contact
     * when {@code contact} is null (sending needs one).
     */
    private Invoice storedInvoice(TenantId tenant, String number, ContactId contact, String currency, String total,
                                  LocalDate dueDate, String paid) {
        ContactId billTo = contact != null ? contact : newContact(tenant, "Customer of " + number).id();
        Invoice invoice = draftInvoice(tenant, number, billTo, currency, oneLine(total, currency), dueDate);
        invoice.send(at(Duration.ofHours(1)));
        if (paid != null) {
            invoice.applyPayment(Money.of(new BigDecimal(paid), currency), at(Duration.ofHours(2)));
        }
        in(tenant, () -> invoices().save(invoice));
        return invoice;
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        ContactId contact = newContact(tenant, "Customer").id();
        Quote quote = newQuote(tenant, "Q-000001", contact);
        WorkItem item = WorkItem.create(new WorkItemId(newId()), tenant,
                new WorkItemDetails(WorkItemType.JOB, "Job", null, null, contact, null, null), null, null, null, T0);
        in(tenant, () -> adapters().workItems().save(item));
        Invoice invoice = Invoice.create(new InvoiceId(newId()), tenant, "INV-000123",
                new InvoiceDetails(contact, "USD", TODAY, TODAY.plusDays(14), lines("USD"), "Thank you", "Net 14"),
                quote.id(), item.id(), newUserId(), T0);
        invoice.send(at(Duration.ofHours(1)));
        invoice.applyPayment(usd("100.01"), at(Duration.ofHours(2)));

        long version = in(tenant, () -> invoices().save(invoice));
        Invoice loaded = load(tenant, invoice.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(invoice);
        assertThat(loaded.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(loaded.quoteId()).contains(quote.id());
        assertThat(loaded.workItemId()).contains(item.id());
        assertThat(loaded.lastSentAt()).contains(at(Duration.ofHours(1)));
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofHours(2)));
        assertThat(loaded.amountPaid().amount().toPlainString()).isEqualTo("100.01");
        assertThat(loaded.amountDue()).isEqualTo(invoice.amountDue());
        assertThat(loaded.details().lineItems()).isEqualTo(invoice.details().lineItems());
        assertThat(loaded.details().lineItems().get(0).quantity().toPlainString()).isEqualTo("2.50");
        assertThat(loaded.details().lineItems().get(0).taxRate().toPlainString()).isEqualTo("11.0");
        assertThat(loaded.details().issueDate()).isEqualTo(TODAY);
        assertThat(loaded.details().dueDate()).isEqualTo(TODAY.plusDays(14));
    }

    @Test
    void moneyKeepsEachCurrencysScale() {
        TenantId tenant = newTenant();
        Invoice yen = draftInvoice(tenant, "INV-000001", null, "JPY",
                List.of(new LineItem("Omakase", new BigDecimal("3"), Money.of(new BigDecimal("1500"), "JPY"),
                        new BigDecimal("10"), Money.of(new BigDecimal("200"), "JPY"))), null);
        Invoice dinar = draftInvoice(tenant, "INV-000002", null, "BHD",
                List.of(new LineItem("Consulting", new BigDecimal("0.3333"), Money.of(new BigDecimal("99.999"), "BHD"),
                        new BigDecimal("12.5"), null)), null);
        in(tenant, () -> invoices().save(yen));
        in(tenant, () -> invoices().save(dinar));

        Invoice loadedYen = load(tenant, yen.id());
        Invoice loadedDinar = load(tenant, dinar.id());

        assertThat(loadedYen).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(yen);
        assertThat(loadedDinar).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(dinar);
        assertThat(loadedYen.totals().total().amount().toPlainString()).isEqualTo("4730");
        assertThat(loadedYen.amountPaid().amount().scale()).isZero();
        assertThat(loadedDinar.details().lineItems().get(0).quantity().toPlainString()).isEqualTo("0.3333");
        assertThat(loadedDinar.details().lineItems().get(0).unitPrice().amount().toPlainString()).isEqualTo("99.999");
        assertThat(loadedDinar.totals()).isEqualTo(dinar.totals());
        assertThat(loadedDinar.amountDue().amount().scale()).isEqualTo(3);
    }

    @Test
    void voidReasonRoundTrips() {
        TenantId tenant = newTenant();
        Invoice invoice = draftInvoice(tenant, "INV-000001", null, "USD", lines("USD"), null);
        invoice.voidInvoice("Issued twice", at(Duration.ofDays(1)));

        in(tenant, () -> invoices().save(invoice));
        Invoice loaded = load(tenant, invoice.id());

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(invoice);
        assertThat(loaded.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(loaded.voidReason()).contains("Issued twice");
    }

    @Test
    void optionalFieldsStayEmpty() {
        TenantId tenant = newTenant();
        Invoice invoice = Invoice.create(new InvoiceId(newId()), tenant, "INV-000001",
                new InvoiceDetails(null, "USD", null, null, List.of(), null, null), null, null, null, T0);

        in(tenant, () -> invoices().save(invoice));
        Invoice loaded = load(tenant, invoice.id());

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(invoice);
        assertThat(loaded.details().contactId()).isNull();
        assertThat(loaded.details().issueDate()).isNull();
        assertThat(loaded.details().dueDate()).isNull();
        assertThat(loaded.details().lineItems()).isEmpty();
        assertThat(loaded.details().notes()).isNull();
        assertThat(loaded.quoteId()).isEmpty();
        assertThat(loaded.workItemId()).isEmpty();
        assertThat(loaded.lastSentAt()).isEmpty();
        assertThat(loaded.voidReason()).isEmpty();
        assertThat(loaded.createdBy()).isNull();
        assertThat(loaded.amountPaid()).isEqualTo(Money.zero("USD"));
    }

    @Test
    void updateBumpsTheVersionAndStoresTheChange() {
        TenantId tenant = newTenant();
        Invoice invoice = newInvoice(tenant, "INV-000001", newContact(tenant, "C").id());
        invoice.send(at(Duration.ofHours(1)));
        invoice.applyPayment(invoice.amountDue(), at(Duration.ofHours(2)));

        long version = in(tenant, () -> invoices().save(invoice));
        Invoice loaded = load(tenant, invoice.id());

        assertThat(version).isEqualTo(2);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(loaded.amountDue().isZero()).isTrue();
        assertThat(loaded.amountPaid()).isEqualTo(invoice.totals().total());
    }

    @Test
    void savingAStaleVersionIsAConflictNamingTheInvoiceAndLeavesTheStoredRowUnchanged() {
        TenantId tenant = newTenant();
        Invoice stored = newInvoice(tenant, "INV-000001", newContact(tenant, "C").id());
        Invoice first = load(tenant, stored.id());
        Invoice second = load(tenant, stored.id());
        first.send(at(Duration.ofMinutes(1)));
        second.voidInvoice("changed my mind", at(Duration.ofMinutes(2)));
        in(tenant, () -> invoices().save(first));

        var conflict = assertConflict(() -> in(tenant, () -> invoices().save(second)));

        assertThat(conflict.getMessage()).contains("was changed by someone else");
        Invoice loaded = load(tenant, stored.id());
        assertThat(loaded.status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(loaded.voidReason()).isEmpty();
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void aDuplicateInvoiceNumberInOneTenantIsAConflictButAnotherTenantMayUseIt() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        Invoice first = newInvoice(tenant, "INV-000009", null);
        Invoice duplicate = draftInvoice(tenant, "INV-000009", null, "USD", List.of(), null);

        var conflict = assertConflict(() -> in(tenant, () -> invoices().save(duplicate)));

        assertThat(conflict.getMessage()).contains("INV-000009");
        assertThat(in(tenant, () -> invoices().findById(tenant, duplicate.id()))).isEmpty();
        assertThat(listIds(tenant, ALL)).containsExactly(first.id().value());
        assertThat(newInvoice(other, "INV-000009", null).number()).isEqualTo("INV-000009");
    }

    @Test
    void anotherTenantsInvoiceIsNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        Invoice invoice = newInvoice(owner, "INV-000001", null);

        assertThat(in(other, () -> invoices().findById(other, invoice.id()))).isEmpty();
        assertThat(listIds(other, ALL)).isEmpty();
        assertThat(in(other, () -> invoices().openTotals(other, TODAY))).isEmpty();
    }

    @Test
    void listFiltersByStatusAndContact() {
        TenantId tenant = newTenant();
        ContactId alice = newContact(tenant, "Alice").id();
        ContactId bob = newContact(tenant, "Bob").id();
        Invoice draft = newInvoice(tenant, "INV-000001", alice);
        Invoice sent = storedInvoice(tenant, "INV-000002", alice, "USD", "10.00", TODAY.plusDays(1), null);
        Invoice paid = storedInvoice(tenant, "INV-000003", bob, "USD", "10.00", TODAY.plusDays(1), "10.00");

        assertThat(listIds(tenant, ALL)).containsExactly(paid.id().value(), sent.id().value(), draft.id().value());
        assertThat(listIds(tenant, new Filter(InvoiceStatus.SENT, null, null))).containsExactly(sent.id().value());
        assertThat(listIds(tenant, new Filter(InvoiceStatus.PAID, null, null))).containsExactly(paid.id().value());
        assertThat(listIds(tenant, new Filter(null, alice, null))).containsExactly(sent.id().value(), draft.id().value());
        assertThat(listIds(tenant, new Filter(InvoiceStatus.DRAFT, bob, null))).isEmpty();
    }

    @Test
    void overdueFilterKeepsOpenInvoicesDueBeforeTheDayWithMoneyDue() {
        TenantId tenant = newTenant();
        LocalDate yesterday = TODAY.minusDays(1);
        Invoice sentPastDue = storedInvoice(tenant, "INV-000001", null, "USD", "50.00", yesterday, null);
        Invoice partlyPaidPastDue = storedInvoice(tenant, "INV-000002", null, "USD", "50.00", yesterday, "20.00");
        storedInvoice(tenant, "INV-000003", null, "USD", "50.00", TODAY, null);
        storedInvoice(tenant, "INV-000004", null, "USD", "50.00", yesterday, "50.00");
        Invoice draftPastDue = draftInvoice(tenant, "INV-000005", null, "USD", oneLine("50.00", "USD"), yesterday);
        in(tenant, () -> invoices().save(draftPastDue));
        Invoice voidPastDue = draftInvoice(tenant, "INV-000006", null, "USD", oneLine("50.00", "USD"), yesterday);
        voidPastDue.voidInvoice(null, T0);
        in(tenant, () -> invoices().save(voidPastDue));
        Invoice settledButStillSent = draftInvoice(tenant, "INV-000007", null, "USD", oneLine("50.00", "USD"), yesterday);
        Invoice openWithNothingDue = Invoice.rehydrate(settledButStillSent.id(), tenant, settledButStillSent.number(),
                InvoiceStatus.SENT, settledButStillSent.details(), usd("50.00"), null, null, T0, null, null, T0, T0, null, 0);
        in(tenant, () -> invoices().save(openWithNothingDue));

        assertThat(listIds(tenant, new Filter(null, null, TODAY)))
                .containsExactly(partlyPaidPastDue.id().value(), sentPastDue.id().value());
        assertThat(listIds(tenant, new Filter(InvoiceStatus.SENT, null, TODAY))).containsExactly(sentPastDue.id().value());
        assertThat(listIds(tenant, new Filter(null, null, yesterday))).isEmpty();
        assertThat(listIds(tenant, new Filter(null, null, TODAY.plusDays(1)))).hasSize(3);
        assertThat(listIds(tenant, new Filter(InvoiceStatus.SENT, null, null))).contains(openWithNothingDue.id().value());
    }

    @Test
    void openTotalsSumAmountDuePerCurrencySortedWithTheOverduePart() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        LocalDate past = TODAY.minusDays(3);
        storedInvoice(tenant, "INV-000001", null, "USD", "100.10", past, null);
        storedInvoice(tenant, "INV-000002", null, "USD", "200.00", past, "50.05");
        storedInvoice(tenant, "INV-000003", null, "USD", "300.00", TODAY.plusDays(5), null);
        storedInvoice(tenant, "INV-000004", null, "USD", "999.00", past, "999.00");
        storedInvoice(tenant, "INV-000005", null, "EUR", "40.00", TODAY.plusDays(5), null);
        storedInvoice(tenant, "INV-000006", null, "JPY", "5000", past, "1000");
        in(tenant, () -> invoices().save(draftInvoice(tenant, "INV-000007", null, "USD", oneLine("70.00", "USD"), past)));
        storedInvoice(other, "INV-000001", null, "USD", "1.00", past, null);

        List<OpenTotals> totals = in(tenant, () -> invoices().openTotals(tenant, TODAY));

        assertThat(totals).containsExactly(
                new OpenTotals("EUR", 1, Money.of(new BigDecimal("40.00"), "EUR"), 0, Money.zero("EUR")),
                new OpenTotals("JPY", 1, Money.of(new BigDecimal("4000"), "JPY"), 1, Money.of(new BigDecimal("4000"), "JPY")),
                new OpenTotals("USD", 3, usd("550.05"), 2, usd("250.05")));
        assertThat(totals.get(2).amountDue().amount().toPlainString()).isEqualTo("550.05");
        assertThat(totals.get(1).amountDue().amount().toPlainString()).isEqualTo("4000");
        assertThat(in(other, () -> invoices().openTotals(other, TODAY)))
                .containsExactly(new OpenTotals("USD", 1, usd("1.00"), 1, usd("1.00")));
    }

    @Test
    void keysetPagesReturnEveryInvoiceOnceNewestFirstEvenWithInsertsBetweenPages() {
        TenantId tenant = newTenant();
        List<UUID> created = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            created.add(newInvoice(tenant, "INV-00000" + i, null).id().value());
        }
        int[] late = {100};

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> invoices().list(tenant, ALL, after, limit)),
                i -> i.id().value(), 4, () -> newInvoice(tenant, "INV-000" + late[0]++, null));

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
        assertThat(late[0]).isEqualTo(101);
    }

    @Test
    void theCollectionsStageAndLastReminderTimeRoundTrip() {
        TenantId tenant = newTenant();
        Invoice invoice = storedInvoice(tenant, "INV-000077", null, "USD", "100.00", TODAY.minusDays(10), null);
        Invoice fresh = load(tenant, invoice.id());
        fresh.advanceArStage(ArStage.REMINDER_2, at(Duration.ofDays(7)));
        in(tenant, () -> invoices().save(fresh));
        Invoice reminded = load(tenant, invoice.id());
        reminded.remindManually(at(Duration.ofDays(8)));
        in(tenant, () -> invoices().save(reminded));

        Invoice loaded = load(tenant, invoice.id());

        assertThat(invoice.arStage()).isEqualTo(ArStage.NONE);
        assertThat(fresh.lastRemindedAt()).contains(at(Duration.ofDays(7)));
        assertThat(loaded.arStage()).isEqualTo(ArStage.REMINDER_2);
        assertThat(loaded.lastRemindedAt()).contains(at(Duration.ofDays(8)));
        assertThat(loaded.version()).isEqualTo(3);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(reminded);
    }

    @Test
    void aNewInvoiceHasNoCollectionsStageAndWasNeverReminded() {
        TenantId tenant = newTenant();
        Invoice loaded = load(tenant, newInvoice(tenant, "INV-000078", null).id());

        assertThat(loaded.arStage()).isEqualTo(ArStage.NONE);
        assertThat(loaded.lastRemindedAt()).isEmpty();
    }

    @Test
    void aRolledBackSaveLeavesNoInvoice() {
        TenantId tenant = newTenant();
        Invoice invoice = draftInvoice(tenant, "INV-000001", null, "USD", List.of(), null);

        runAndRollBack(tenant, () -> invoices().save(invoice));

        assertThat(in(tenant, () -> invoices().findById(tenant, invoice.id()))).isEmpty();
        assertThat(newInvoice(tenant, "INV-000001", null).number()).isEqualTo("INV-000001");
    }
}
