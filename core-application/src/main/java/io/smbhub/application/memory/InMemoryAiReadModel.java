package io.smbhub.application.memory;

import io.smbhub.application.port.out.AiDraftRepository;
import io.smbhub.application.port.out.AiReadModel;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.domain.ai.AiDraftStatus;
import io.smbhub.domain.ai.DigestFigures;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link AiReadModel} over the other in-memory ports, with the semantics of the PostgreSQL adapter
 * ({@code JooqAiReadModel}): reads every row of the tenant, then filters and sums in memory (fine for tests).
 *
 * <p>{@link #digestFigures} for the tenant-local day D of {@code [from, to)}: revenue = totals of invoices whose
 * {@code lastSentAt} lies in the window and that are not DRAFT or VOID (the invoice keeps no separate first-send time;
 * a re-sent invoice counts on the day of its latest send); payments = SUCCEEDED payments paid in the window, net of
 * refunds; overdue AR = amount due of invoices overdue at the end of D ({@link Invoice#isOverdue}(D + 1)); work items
 * created before {@code to} and open now (not DONE or CANCELED), and those created in the window; AI drafts in PENDING_QC; expenses = what
 * {@code expensesOfDay} answers for (tenant, D) — every non-rejected expense dated D — totalled per currency, and the
 * five largest by amount (a stable sort, so ties keep the order the function gave; give them in id order to match
 * PostgreSQL). Lists of amounts are ordered by currency code.
 */
public final class InMemoryAiReadModel implements AiReadModel {

    private static final int TOP_EXPENSES = 5;

    private final InMemoryTenantRepository tenants;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final WorkItemRepository workItems;
    private final QuoteRepository quotes;
    private final AiDraftRepository drafts;
    private final BiFunction<TenantId, LocalDate, List<DigestFigures.TopExpense>> expensesOfDay;

    /**
     * The read model with expenses from {@code expensesOfDay}: every non-rejected expense of the tenant dated that
     * tenant-local day (vendor, category, amount), in id order.
     */
    public InMemoryAiReadModel(InMemoryTenantRepository tenants, InvoiceRepository invoices, PaymentRepository payments,
                               WorkItemRepository workItems, QuoteRepository quotes, AiDraftRepository drafts,
                               BiFunction<TenantId, LocalDate, List<DigestFigures.TopExpense>> expensesOfDay) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.workItems = Objects.requireNonNull(workItems, "workItems");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.expensesOfDay = Objects.requireNonNull(expensesOfDay, "expensesOfDay");
    }

    /** The read model of a core without expenses: every day has none. */
    public InMemoryAiReadModel(InMemoryTenantRepository tenants, InvoiceRepository invoices, PaymentRepository payments,
                               WorkItemRepository workItems, QuoteRepository quotes, AiDraftRepository drafts) {
        this(tenants, invoices, payments, workItems, quotes, drafts, (tenant, day) -> List.of());
    }

    @Override
    public List<TenantZone> tenantZones() {
        return tenants.all().stream()
                .map(t -> new TenantZone(t.id(), t.timezone()))
                .sorted(Comparator.comparing(z -> z.tenant().value(), InMemoryTable.UNSIGNED))
                .toList();
    }

    @Override
    public DigestFigures digestFigures(TenantId tenant, Instant from, Instant to) {
        ZoneId zone = tenants.findById(tenant).orElseThrow(() -> DomainException.notFound("Tenant", tenant.value()))
                .timezone();
        LocalDate day = LocalDate.ofInstant(from, zone);
        List<Invoice> allInvoices = invoices.list(tenant, new InvoiceRepository.Filter(null, null, null), null,
                Integer.MAX_VALUE);

        List<Invoice> issued = allInvoices.stream()
                .filter(i -> i.status() != InvoiceStatus.DRAFT && i.status() != InvoiceStatus.VOID)
                .filter(i -> i.lastSentAt().map(at -> within(at, from, to)).orElse(false))
                .toList();
        List<Payment> paid = payments.list(tenant, new PaymentRepository.Filter(null, PaymentStatus.SUCCEEDED), null,
                Integer.MAX_VALUE).stream().filter(p -> within(p.paidAt(), from, to)).toList();
        List<Invoice> overdue = allInvoices.stream().filter(i -> i.isOverdue(day.plusDays(1))).toList();
        List<WorkItem> work = workItems.list(tenant, new WorkItemRepository.Filter(null, null, null, null, null), null,
                Integer.MAX_VALUE);
        int open = (int) work.stream()
                .filter(w -> w.createdAt().isBefore(to))
                .filter(w -> w.status() != WorkItemStatus.DONE && w.status() != WorkItemStatus.CANCELED).count();
        int created = (int) work.stream().filter(w -> within(w.createdAt(), from, to)).count();
        int pending = drafts.list(tenant, AiDraftStatus.PENDING_QC, null, null, Integer.MAX_VALUE).size();
        List<DigestFigures.TopExpense> expenses = expensesOfDay.apply(tenant, day);

        return new DigestFigures(byCurrency(issued, i -> i.totals().total()), issued.size(),
                byCurrency(paid, p -> p.amount().minus(p.amountRefunded())), paid.size(),
                byCurrency(expenses, DigestFigures.TopExpense::amount),
                expenses.stream().sorted(Comparator.comparing((DigestFigures.TopExpense e) -> e.amount().amount())
                        .reversed()).limit(TOP_EXPENSES).toList(),
                byCurrency(overdue, Invoice::amountDue), overdue.size(), open, created, pending);
    }

    @Override
    public List<SimilarDocument> similarDocuments(TenantId tenant, DocumentKind kind, ContactId contact, Money total,
                                                  Instant since, UUID excludeId) {
        List<SimilarDocument> found = switch (kind) {
            case INVOICE -> invoices.list(tenant, new InvoiceRepository.Filter(null, contact, null), null, Integer.MAX_VALUE)
                    .stream()
                    .filter(i -> i.status() != InvoiceStatus.VOID && sameTotal(i.totals().total(), total))
                    .map(i -> new SimilarDocument(i.id().value(), i.number(), i.createdAt()))
                    .toList();
            case QUOTE -> quotes.list(tenant, new QuoteRepository.Filter(null, contact), null, Integer.MAX_VALUE).stream()
                    .filter(q -> sameTotal(q.totals().total(), total))
                    .map(q -> new SimilarDocument(q.id().value(), q.number(), q.createdAt()))
                    .toList();
        };
        return found.stream()
                .filter(d -> !d.createdAt().isBefore(since) && !d.id().equals(excludeId))
                .sorted(Comparator.comparing(SimilarDocument::createdAt)
                        .thenComparing(SimilarDocument::id, InMemoryTable.UNSIGNED).reversed())
                .toList();
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    private static boolean sameTotal(Money a, Money b) {
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }

    /** The sums of {@code amountOf} per currency, ordered by currency code. */
    private static <T> List<Money> byCurrency(List<T> rows, Function<T, Money> amountOf) {
        Map<String, Money> sums = rows.stream().map(amountOf)
                .collect(Collectors.toMap(Money::currency, m -> m, Money::plus, TreeMap::new));
        return List.copyOf(sums.values());
    }
}
