package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.AiDrafts;
import io.smbhub.adapter.postgres.Tables.Invoices;
import io.smbhub.adapter.postgres.Tables.Payments;
import io.smbhub.adapter.postgres.Tables.Quotes;
import io.smbhub.adapter.postgres.Tables.Tenants;
import io.smbhub.adapter.postgres.Tables.WorkItems;
import io.smbhub.application.port.out.AiReadModel;
import io.smbhub.domain.ai.AiDraftStatus;
import io.smbhub.domain.ai.DigestFigures;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.workitem.WorkItemStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link AiReadModel} on PostgreSQL: aggregate queries over the tenant's tables inside the caller's tenant
 * transaction (row-level security holds), and one cross-tenant read through the {@code SECURITY DEFINER} function
 * {@code tenant_zones()} (V7).
 *
 * <p>{@link #digestFigures} for the tenant-local day {@code D} of {@code [from, to)} (D = the date of {@code from} in the
 * tenant's timezone), amounts grouped by currency and ordered by currency code:
 * <ul>
 *   <li>revenue / invoices issued: {@code invoices.total} of invoices whose {@code last_sent_at} lies in
 *       {@code [from, to)} and which are not DRAFT or VOID. The invoices table keeps no separate first-send time, and
 *       {@code last_sent_at} is the one column that records when an invoice was sent ({@code issue_date} is a
 *       user-chosen date that need not be the day it went out); an invoice re-sent on a later day therefore counts on
 *       the day of its latest send;</li>
 *   <li>payments: SUCCEEDED payments with {@code paid_at} in {@code [from, to)}, {@code amount - amount_refunded}
 *       summed (as {@code PaymentRepository#succeededBetween}); fully refunded payments are REFUNDED and left out;</li>
 *   <li>overdue AR: {@code amount_due} of SENT / PARTIALLY_PAID invoices with {@code due_date < D + 1} and money
 *       still due (overdue at the end of D, as {@code Invoice#isOverdue(D + 1)}), with their count;</li>
 *   <li>work items: those created before {@code to} and not DONE or CANCELED now (the status at the end of D is not
 *       kept), and those with {@code created_at} in {@code [from, to)};</li>
 *   <li>AI drafts in PENDING_QC now;</li>
 *   <li>expenses (table {@code expenses}, V8): non-REJECTED expenses with {@code expense_date = D}: total per
 *       currency, and the five largest by amount (ties by id), across currencies.</li>
 * </ul>
 */
public final class JooqAiReadModel implements AiReadModel {

    /** The expense columns this read model needs (table created by V8, declared here by name). */
    private static final class Expenses {
        static final Table<Record> TABLE = DSL.table(DSL.name("expenses"));
        static final Field<UUID> TENANT_ID = DSL.field(DSL.name("expenses", "tenant_id"), SQLDataType.UUID);
        static final Field<UUID> ID = DSL.field(DSL.name("expenses", "id"), SQLDataType.UUID);
        static final Field<String> STATUS = DSL.field(DSL.name("expenses", "status"), SQLDataType.VARCHAR);
        static final Field<String> VENDOR = DSL.field(DSL.name("expenses", "vendor"), SQLDataType.VARCHAR);
        static final Field<String> CATEGORY = DSL.field(DSL.name("expenses", "category"), SQLDataType.VARCHAR);
        static final Field<LocalDate> EXPENSE_DATE = DSL.field(DSL.name("expenses", "expense_date"), SQLDataType.LOCALDATE);
        static final Field<BigDecimal> AMOUNT = DSL.field(DSL.name("expenses", "amount"), SQLDataType.NUMERIC);
        static final Field<String> CURRENCY = DSL.field(DSL.name("expenses", "currency"), SQLDataType.VARCHAR);
    }

    private static final List<String> OPEN_INVOICE = List.of(InvoiceStatus.SENT.name(), InvoiceStatus.PARTIALLY_PAID.name());
    private static final List<String> NOT_ISSUED = List.of(InvoiceStatus.DRAFT.name(), InvoiceStatus.VOID.name());
    private static final List<String> CLOSED_WORK = List.of(WorkItemStatus.DONE.name(), WorkItemStatus.CANCELED.name());
    private static final int TOP_EXPENSES = 5;

    private final JdbcTransactionRunner tx;

    public JooqAiReadModel(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public List<TenantZone> tenantZones() {
        return tx.withoutTenant(() -> tx.dsl()
                .fetch("select tenant_id, timezone from tenant_zones()")
                .map(r -> new TenantZone(new TenantId(r.get(0, UUID.class)), ZoneId.of(r.get(1, String.class)))));
    }

    @Override
    public DigestFigures digestFigures(TenantId tenant, Instant from, Instant to) {
        DSLContext dsl = tx.dsl();
        UUID t = tenant.value();
        Instant start = SqlSupport.micros(from);
        Instant end = SqlSupport.micros(to);
        LocalDate day = LocalDate.ofInstant(from, zoneOf(dsl, tenant));

        Field<BigDecimal> revenueSum = DSL.sum(Invoices.TOTAL);
        Field<Integer> issuedCount = DSL.count();
        List<Money> revenue = new ArrayList<>();
        int issued = 0;
        for (Record r : dsl.select(Invoices.CURRENCY, revenueSum, issuedCount).from(Invoices.TABLE)
                .where(Invoices.TENANT_ID.eq(t), Invoices.LAST_SENT_AT.ge(start), Invoices.LAST_SENT_AT.lt(end),
                        Invoices.STATUS.notIn(NOT_ISSUED))
                .groupBy(Invoices.CURRENCY).orderBy(Invoices.CURRENCY.collate("C")).fetch()) {
            revenue.add(Money.of(r.get(revenueSum), r.get(Invoices.CURRENCY)));
            issued += r.get(issuedCount);
        }

        Field<BigDecimal> paidSum = DSL.sum(Payments.AMOUNT.minus(Payments.AMOUNT_REFUNDED));
        Field<Integer> paidCount = DSL.count();
        List<Money> payments = new ArrayList<>();
        int paymentCount = 0;
        for (Record r : dsl.select(Payments.CURRENCY, paidSum, paidCount).from(Payments.TABLE)
                .where(Payments.TENANT_ID.eq(t), Payments.STATUS.eq(PaymentStatus.SUCCEEDED.name()),
                        Payments.PAID_AT.ge(start), Payments.PAID_AT.lt(end))
                .groupBy(Payments.CURRENCY).orderBy(Payments.CURRENCY.collate("C")).fetch()) {
            payments.add(Money.of(r.get(paidSum), r.get(Payments.CURRENCY)));
            paymentCount += r.get(paidCount);
        }

        Field<BigDecimal> overdueSum = DSL.sum(Invoices.AMOUNT_DUE);
        Field<Integer> overdueCountField = DSL.count();
        List<Money> overdue = new ArrayList<>();
        int overdueCount = 0;
        for (Record r : dsl.select(Invoices.CURRENCY, overdueSum, overdueCountField).from(Invoices.TABLE)
                .where(Invoices.TENANT_ID.eq(t), Invoices.STATUS.in(OPEN_INVOICE), Invoices.DUE_DATE.lt(day.plusDays(1)),
                        Invoices.AMOUNT_DUE.gt(BigDecimal.ZERO))
                .groupBy(Invoices.CURRENCY).orderBy(Invoices.CURRENCY.collate("C")).fetch()) {
            overdue.add(Money.of(r.get(overdueSum), r.get(Invoices.CURRENCY)));
            overdueCount += r.get(overdueCountField);
        }

        Field<Integer> open = DSL.count().filterWhere(WorkItems.STATUS.notIn(CLOSED_WORK).and(WorkItems.CREATED_AT.lt(end)));
        Field<Integer> created = DSL.count().filterWhere(WorkItems.CREATED_AT.ge(start).and(WorkItems.CREATED_AT.lt(end)));
        Record work = dsl.select(open, created).from(WorkItems.TABLE).where(WorkItems.TENANT_ID.eq(t)).fetchOne();

        int pending = dsl.fetchCount(AiDrafts.TABLE,
                AiDrafts.TENANT_ID.eq(t).and(AiDrafts.STATUS.eq(AiDraftStatus.PENDING_QC.name())));

        Condition expensesOfDay = Expenses.TENANT_ID.eq(t).and(Expenses.EXPENSE_DATE.eq(day))
                .and(Expenses.STATUS.ne("REJECTED"));
        Field<BigDecimal> expenseSum = DSL.sum(Expenses.AMOUNT);
        List<Money> expenses = dsl.select(Expenses.CURRENCY, expenseSum).from(Expenses.TABLE).where(expensesOfDay)
                .groupBy(Expenses.CURRENCY).orderBy(Expenses.CURRENCY.collate("C"))
                .fetch(r -> Money.of(r.get(expenseSum), r.get(Expenses.CURRENCY)));
        List<DigestFigures.TopExpense> top = dsl.select(Expenses.VENDOR, Expenses.CATEGORY, Expenses.AMOUNT,
                        Expenses.CURRENCY)
                .from(Expenses.TABLE).where(expensesOfDay)
                .orderBy(Expenses.AMOUNT.desc(), Expenses.ID).limit(TOP_EXPENSES)
                .fetch(r -> new DigestFigures.TopExpense(r.get(Expenses.VENDOR), r.get(Expenses.CATEGORY),
                        Money.of(r.get(Expenses.AMOUNT), r.get(Expenses.CURRENCY))));

        return new DigestFigures(revenue, issued, payments, paymentCount, expenses, top, overdue, overdueCount,
                work.get(open), work.get(created), pending);
    }

    @Override
    public List<SimilarDocument> similarDocuments(TenantId tenant, DocumentKind kind, ContactId contact, Money total,
                                                  Instant since, UUID excludeId) {
        return switch (kind) {
            case INVOICE -> similar(Invoices.TABLE, Invoices.TENANT_ID, Invoices.ID, Invoices.INVOICE_NUMBER,
                    Invoices.CONTACT_ID, Invoices.CURRENCY, Invoices.TOTAL, Invoices.CREATED_AT,
                    Invoices.STATUS.ne(InvoiceStatus.VOID.name()), tenant, contact, total, since, excludeId);
            case QUOTE -> similar(Quotes.TABLE, Quotes.TENANT_ID, Quotes.ID, Quotes.QUOTE_NUMBER, Quotes.CONTACT_ID,
                    Quotes.CURRENCY, Quotes.TOTAL, Quotes.CREATED_AT, DSL.noCondition(), tenant, contact, total, since,
                    excludeId);
        };
    }

    private List<SimilarDocument> similar(Table<Record> table, Field<UUID> tenantId, Field<UUID> id, Field<String> number,
                                          Field<UUID> contactId, Field<String> currency, Field<BigDecimal> totalField,
                                          Field<Instant> createdAt, Condition notVoid, TenantId tenant, ContactId contact,
                                          Money total, Instant since, UUID excludeId) {
        Condition where = tenantId.eq(tenant.value()).and(contactId.eq(contact.value()))
                .and(currency.eq(total.currency())).and(totalField.eq(total.amount()))
                .and(createdAt.ge(SqlSupport.micros(since))).and(notVoid);
        if (excludeId != null) {
            where = where.and(id.ne(excludeId));
        }
        return tx.dsl().select(id, number, createdAt).from(table).where(where)
                .orderBy(createdAt.desc(), id.desc())
                .fetch(r -> new SimilarDocument(r.get(id), r.get(number), r.get(createdAt)));
    }

    private static ZoneId zoneOf(DSLContext dsl, TenantId tenant) {
        String zone = dsl.select(Tenants.TIMEZONE).from(Tenants.TABLE).where(Tenants.ID.eq(tenant.value()))
                .fetchOptional(Tenants.TIMEZONE)
                .orElseThrow(() -> DomainException.notFound("Tenant", tenant.value()));
        return ZoneId.of(zone);
    }
}
