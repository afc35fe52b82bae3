package io.smbhub.application.contract;

import io.smbhub.application.port.out.AiReadModel;
import io.smbhub.application.port.out.AiReadModel.SimilarDocument;
import io.smbhub.application.port.out.AiReadModel.TenantZone;
import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiDraftSource;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.DigestFigures;
import io.smbhub.domain.expense.Expense;
import io.smbhub.domain.expense.ExpenseDetails;
import io.smbhub.domain.expense.ExpenseSource;
import io.smbhub.domain.expense.ExpenseStatus;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link AiReadModel} (issue 6): every tenant's timezone; the CEO digest figures of one tenant-local day on
 * a small data set (invoices sent inside, on the edges of and outside the window, payments net of refunds, overdue
 * invoices at the end of the day, work items, AI drafts, expenses) with tenant isolation; documents similar to a
 * pre-checked one.
 */
public abstract class AiReadModelContract extends AiPortContract {

    private static final String JAKARTA = "Asia/Jakarta";
    /** The day: 1 March 2026 in Jakarta (UTC+7) is [28 Feb 17:00Z, 1 Mar 17:00Z). */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Instant FROM = Instant.parse("2026-02-28T17:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-01T17:00:00Z");
    private static final Instant MIDDAY = Instant.parse("2026-03-01T05:00:00Z");
    private static final Duration MICRO = Duration.ofNanos(1000);

    private final AtomicInteger numbers = new AtomicInteger();

    private AiReadModel readModel() {
        return ai().readModel();
    }

    // ---------------------------------------------------------------- fixtures

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    /** A stored invoice of {@code status} (paid {@code paid}, null = nothing; "all" = its total), version 1. */
    private Invoice invoice(TenantId tenant, ContactId contact, String currency, InvoiceStatus status, Instant lastSentAt,
                            LocalDate due, String paid, Instant createdAt) {
        return invoice(tenant, contact, currency, lines(currency), status, lastSentAt, due, paid, createdAt);
    }

    private Invoice invoice(TenantId tenant, ContactId contact, String currency, List<LineItem> lines,
                            InvoiceStatus status, Instant lastSentAt, LocalDate due, String paid, Instant createdAt) {
        InvoiceDetails details = new InvoiceDetails(contact, currency, due.minusDays(14), due, lines, null, null);
        InvoiceId id = new InvoiceId(newId());
        String number = "INV-" + String.format("%06d", numbers.incrementAndGet());
        Money zero = Money.zero(currency);
        Money total = Invoice.rehydrate(id, tenant, number, status, details, zero, null, null, lastSentAt, null, null,
                createdAt, createdAt, null, 0).totals().total();
        Money amountPaid = paid == null ? zero : "all".equals(paid) ? total : Money.of(new BigDecimal(paid), currency);
        Invoice invoice = Invoice.rehydrate(id, tenant, number, status, details, amountPaid, null, null, lastSentAt,
                status == InvoiceStatus.VOID ? "Entered twice" : null, null, createdAt, createdAt, null, 0);
        run(tenant, () -> adapters().invoices().save(invoice));
        return invoice;
    }

    private void payment(TenantId tenant, Invoice invoice, PaymentStatus status, String amount, String refunded,
                         Instant paidAt) {
        String currency = invoice.details().currency();
        Payment p = Payment.rehydrate(new PaymentId(newId()), tenant, invoice.id(), PaymentProvider.CASH, null, status,
                Money.of(new BigDecimal(amount), currency), Money.of(new BigDecimal(refunded), currency), paidAt, "Cash",
                null, status == PaymentStatus.FAILED ? "declined" : null, null, paidAt, paidAt, 0);
        run(tenant, () -> adapters().payments().save(p));
    }

    private void workItem(TenantId tenant, WorkItemStatus status, Instant createdAt) {
        WorkItem w = WorkItem.rehydrate(new WorkItemId(newId()), tenant,
                new WorkItemDetails(WorkItemType.JOB, "Job " + status, null, null, null, null, Map.of()), status, null,
                WorkItemSource.MANUAL, null, null, null, createdAt, createdAt, 0);
        run(tenant, () -> adapters().workItems().save(w));
    }

    private void expense(TenantId tenant, ExpenseStatus status, String vendor, String category, Money amount,
                         LocalDate date) {
        Expense e = Expense.rehydrate(new ExpenseId(newId()), tenant, status, ExpenseSource.MANUAL,
                new ExpenseDetails(vendor, null, date, amount, null, category, null, null), null,
                status == ExpenseStatus.REJECTED ? "Personal purchase" : null, newUserId(), T0, T0, 0);
        run(tenant, () -> ai().expenses().save(e));
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money::plus).orElseThrow();
    }

    // ---------------------------------------------------------------- tenant zones

    @Test
    void tenantZonesListEveryTenantWithItsTimezoneInIdOrder() {
        TenantId jakarta = newTenant("Jakarta shop", JAKARTA);
        TenantId newYork = newTenant("New York shop", "America/New_York");

        List<TenantZone> zones = tx().withoutTenant(() -> readModel().tenantZones());

        assertThat(zones).filteredOn(z -> z.tenant().equals(jakarta) || z.tenant().equals(newYork))
                .containsExactly(new TenantZone(jakarta, ZoneId.of(JAKARTA)),
                        new TenantZone(newYork, ZoneId.of("America/New_York")));
    }

    // ---------------------------------------------------------------- digest figures

    @Test
    void digestFiguresOfAnEmptyTenantAreZero() {
        TenantId tenant = newTenant("Quiet shop", JAKARTA);

        DigestFigures f = in(tenant, () -> readModel().digestFigures(tenant, FROM, TO));

        assertThat(f).isEqualTo(new DigestFigures(List.of(), 0, List.of(), 0, List.of(), List.of(), List.of(), 0, 0, 0, 0));
    }

    @Test
    void digestFiguresCountTheTenantLocalDayOnly() {
        TenantId tenant = newTenant("Busy shop", JAKARTA);
        TenantId other = newTenant("Other shop", JAKARTA);
        ContactId contact = newContact(tenant, "Customer").id();
        ContactId othersContact = newContact(other, "Their customer").id();
        LocalDate later = DAY.plusDays(14);
        Instant before = FROM.minus(Duration.ofDays(10));

        // revenue: sent in [FROM, TO), not DRAFT or VOID
        Invoice sentAtStart = invoice(tenant, contact, "USD", InvoiceStatus.SENT, FROM, later, null, before);
        Invoice sentAtEnd = invoice(tenant, contact, "EUR", InvoiceStatus.PARTIALLY_PAID, TO.minus(MICRO), later, "10.00", before);
        Invoice sentAndPaid = invoice(tenant, contact, "USD", InvoiceStatus.PAID, MIDDAY, DAY.minusDays(5), "all", before);
        // not revenue
        Invoice sentJustBefore = invoice(tenant, contact, "USD", InvoiceStatus.SENT, FROM.minus(MICRO), DAY.minusDays(3), null, before);
        invoice(tenant, contact, "USD", InvoiceStatus.SENT, TO, later, null, before);
        invoice(tenant, contact, "USD", InvoiceStatus.VOID, MIDDAY, DAY.minusDays(3), null, before);
        invoice(tenant, contact, "USD", InvoiceStatus.DRAFT, null, DAY.minusDays(10), null, before);
        // overdue at the end of DAY: due before DAY + 1, open, money due
        Invoice dueThatDay = invoice(tenant, contact, "USD", InvoiceStatus.SENT, before, DAY, null, before);
        invoice(tenant, contact, "USD", InvoiceStatus.PARTIALLY_PAID, before, DAY.plusDays(1), "1.00", before);

        payment(tenant, sentAndPaid, PaymentStatus.SUCCEEDED, "100.00", "30.00", MIDDAY);
        payment(tenant, sentAtEnd, PaymentStatus.SUCCEEDED, "10.00", "0", FROM);
        payment(tenant, sentAndPaid, PaymentStatus.SUCCEEDED, "5.00", "0", FROM.minus(MICRO));
        payment(tenant, sentAndPaid, PaymentStatus.SUCCEEDED, "6.00", "0", TO);
        payment(tenant, sentAndPaid, PaymentStatus.FAILED, "20.00", "0", MIDDAY);
        payment(tenant, sentAndPaid, PaymentStatus.REFUNDED, "40.00", "40.00", MIDDAY);

        workItem(tenant, WorkItemStatus.NEW, FROM);
        workItem(tenant, WorkItemStatus.DONE, MIDDAY);
        workItem(tenant, WorkItemStatus.IN_PROGRESS, before);
        workItem(tenant, WorkItemStatus.CANCELED, before);
        workItem(tenant, WorkItemStatus.WAITING, TO);

        stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, before));
        stored(draft(tenant, AiDraftSource.MANUAL, null, AiIntent.DRAFT_QUOTE, MIDDAY));
        AiDraft rejected = draft(tenant, AiDraftSource.MANUAL, null, AiIntent.DRAFT_QUOTE, MIDDAY);
        rejected.reject(newUserId(), "noise", MIDDAY);
        stored(rejected);

        // another tenant's day is not ours
        Invoice theirs = invoice(other, othersContact, "USD", InvoiceStatus.SENT, MIDDAY, DAY.minusDays(2), null, before);
        payment(other, theirs, PaymentStatus.SUCCEEDED, "1.00", "0", MIDDAY);
        workItem(other, WorkItemStatus.NEW, MIDDAY);
        stored(draft(other, AiDraftSource.MANUAL, null, AiIntent.CREATE_WORK_ITEM, MIDDAY));

        DigestFigures f = in(tenant, () -> readModel().digestFigures(tenant, FROM, TO));

        assertThat(f.revenue()).containsExactly(sentAtEnd.totals().total(),
                sum(List.of(sentAtStart.totals().total(), sentAndPaid.totals().total())));
        assertThat(f.invoicesIssued()).isEqualTo(3);
        assertThat(f.paymentsReceived()).containsExactly(eur("10.00"), usd("70.00"));
        assertThat(f.paymentCount()).isEqualTo(2);
        assertThat(f.overdueAr()).containsExactly(sum(List.of(sentJustBefore.amountDue(), dueThatDay.amountDue())));
        assertThat(f.overdueCount()).isEqualTo(2);
        assertThat(f.openWorkItems()).isEqualTo(2);
        assertThat(f.newWorkItems()).isEqualTo(2);
        assertThat(f.pendingAiDrafts()).isEqualTo(2);
        assertThat(f.expensesTotal()).isEmpty();
        assertThat(f.topExpenses()).isEmpty();
    }

    @Test
    void digestFiguresTotalTheDaysNonRejectedExpensesAndListTheFiveLargest() {
        TenantId tenant = newTenant("Spending shop", JAKARTA);
        TenantId other = newTenant("Other spender", JAKARTA);
        expense(tenant, ExpenseStatus.APPROVED, "PLN", "utilities", usd("120.00"), DAY);
        expense(tenant, ExpenseStatus.DRAFT, "Grab", "travel", usd("15.50"), DAY);
        expense(tenant, ExpenseStatus.SUBMITTED, null, null, usd("80.00"), DAY);
        expense(tenant, ExpenseStatus.APPROVED, "Tokopedia", "supplies", usd("80.00"), DAY);
        expense(tenant, ExpenseStatus.APPROVED, "Indomaret", "supplies", usd("9.99"), DAY);
        expense(tenant, ExpenseStatus.SUBMITTED, "Lufthansa", "travel", eur("450.00"), DAY);
        expense(tenant, ExpenseStatus.REJECTED, "Casino", "other", usd("999.00"), DAY);
        expense(tenant, ExpenseStatus.APPROVED, "Yesterday Ltd", "other", usd("500.00"), DAY.minusDays(1));
        expense(tenant, ExpenseStatus.APPROVED, "Tomorrow Ltd", "other", usd("600.00"), DAY.plusDays(1));
        expense(other, ExpenseStatus.APPROVED, "Theirs", "other", usd("700.00"), DAY);

        DigestFigures f = in(tenant, () -> readModel().digestFigures(tenant, FROM, TO));

        assertThat(f.expensesTotal()).containsExactly(eur("450.00"), usd("305.49"));
        assertThat(f.topExpenses()).containsExactly(
                new DigestFigures.TopExpense("Lufthansa", "travel", eur("450.00")),
                new DigestFigures.TopExpense("PLN", "utilities", usd("120.00")),
                new DigestFigures.TopExpense(null, null, usd("80.00")),
                new DigestFigures.TopExpense("Tokopedia", "supplies", usd("80.00")),
                new DigestFigures.TopExpense("Grab", "travel", usd("15.50")));
    }

    // ---------------------------------------------------------------- similar documents

    @Test
    void similarInvoicesAreNonVoidSameContactSameTotalSinceTheCutoffNewestFirst() {
        TenantId tenant = newTenant("Billing shop", JAKARTA);
        ContactId contact = newContact(tenant, "Repeat customer").id();
        ContactId someoneElse = newContact(tenant, "Someone else").id();
        Instant since = T0.minus(Duration.ofDays(30));
        LocalDate due = TODAY.plusDays(14);
        invoice(tenant, contact, "USD", InvoiceStatus.SENT, null, due, null, since.minus(MICRO));
        Invoice atCutoff = invoice(tenant, contact, "USD", InvoiceStatus.PAID, null, due, "all", since);
        Invoice sent = invoice(tenant, contact, "USD", InvoiceStatus.SENT, null, due, null, T0.minus(Duration.ofDays(10)));
        invoice(tenant, contact, "USD", InvoiceStatus.VOID, null, due, null, T0.minus(Duration.ofDays(5)));
        Invoice draft = invoice(tenant, contact, "USD", InvoiceStatus.DRAFT, null, due, null, T0.minus(Duration.ofDays(1)));
        Invoice checked = invoice(tenant, contact, "USD", InvoiceStatus.DRAFT, null, due, null, T0);
        invoice(tenant, someoneElse, "USD", InvoiceStatus.SENT, null, due, null, T0.minus(Duration.ofDays(2)));
        invoice(tenant, contact, "EUR", InvoiceStatus.SENT, null, due, null, T0.minus(Duration.ofDays(2)));
        invoice(tenant, contact, "USD", lines("USD").subList(0, 1), InvoiceStatus.SENT, null, due, null,
                T0.minus(Duration.ofDays(2)));
        Money total = checked.totals().total();

        List<SimilarDocument> similar = in(tenant, () -> readModel().similarDocuments(tenant, DocumentKind.INVOICE,
                contact, total, since, checked.id().value()));

        assertThat(similar).containsExactly(
                new SimilarDocument(draft.id().value(), draft.number(), draft.createdAt()),
                new SimilarDocument(sent.id().value(), sent.number(), sent.createdAt()),
                new SimilarDocument(atCutoff.id().value(), atCutoff.number(), atCutoff.createdAt()));
        assertThat(in(tenant, () -> readModel().similarDocuments(tenant, DocumentKind.INVOICE, contact, total, since,
                null))).extracting(SimilarDocument::id).contains(checked.id().value()).hasSize(4);
        assertThat(in(tenant, () -> readModel().similarDocuments(tenant, DocumentKind.QUOTE, contact, total, since,
                null))).isEmpty();
    }

    @Test
    void similarQuotesOfAnyStatusAreFoundAndAnotherTenantsAreNot() {
        TenantId tenant = newTenant("Quoting shop", JAKARTA);
        TenantId other = newTenant("Other quoter", JAKARTA);
        ContactId contact = newContact(tenant, "Prospect").id();
        Instant since = T0.minus(Duration.ofDays(7));
        Quote rejected = quote(tenant, contact, QuoteStatus.REJECTED, T0.minus(Duration.ofDays(2)));
        Quote sent = quote(tenant, contact, QuoteStatus.SENT, T0.minus(Duration.ofDays(1)));
        quote(tenant, contact, QuoteStatus.SENT, since.minus(MICRO));
        Money total = sent.totals().total();

        assertThat(in(tenant, () -> readModel().similarDocuments(tenant, DocumentKind.QUOTE, contact, total, since,
                newId()))).extracting(SimilarDocument::id).containsExactly(sent.id().value(), rejected.id().value());
        assertThat(in(other, () -> readModel().similarDocuments(other, DocumentKind.QUOTE, contact, total, since,
                null))).isEmpty();
    }

    private Quote quote(TenantId tenant, ContactId contact, QuoteStatus status, Instant createdAt) {
        Quote q = Quote.rehydrate(new QuoteId(newId()), tenant, "Q-" + String.format("%06d", numbers.incrementAndGet()),
                status, new QuoteDetails(contact, "USD", TODAY, TODAY.plusDays(30), lines("USD"), null, null), null, null,
                status == QuoteStatus.REJECTED ? "Too expensive" : null, null, null, createdAt, createdAt, 0);
        run(tenant, () -> adapters().quotes().save(q));
        return q;
    }
}
