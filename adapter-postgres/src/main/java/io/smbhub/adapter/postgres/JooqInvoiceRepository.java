package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Invoices;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.invoice.PaymentLink;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.WorkItemId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link InvoiceRepository} on PostgreSQL ({@code invoices}; line items as jsonb, the derived totals and
 * {@code amount_due} stored alongside so SQL reports and the overdue filter can use them). Invoice numbers
 * are unique per tenant. The collections state ({@code ar_stage}, {@code last_reminded_at}) is stored with the
 * invoice.
 */
public final class JooqInvoiceRepository implements InvoiceRepository {

    private static final List<String> OPEN = List.of(InvoiceStatus.SENT.name(), InvoiceStatus.PARTIALLY_PAID.name());

    private final JdbcTransactionRunner tx;

    public JooqInvoiceRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<Invoice> findById(TenantId tenant, InvoiceId id) {
        return tx.dsl().select(Invoices.ALL).from(Invoices.TABLE)
                .where(Invoices.TENANT_ID.eq(tenant.value()), Invoices.ID.eq(id.value()))
                .fetchOptional().map(JooqInvoiceRepository::toInvoice);
    }

    @Override
    public Optional<Invoice> lockById(TenantId tenant, InvoiceId id) {
        return tx.dsl().select(Invoices.ALL).from(Invoices.TABLE)
                .where(Invoices.TENANT_ID.eq(tenant.value()), Invoices.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional().map(JooqInvoiceRepository::toInvoice);
    }

    @Override
    public long save(Invoice invoice) {
        return SqlSupport.saveVersioned(tx.dsl(), Invoices.TABLE, Invoices.TENANT_ID, Invoices.ID, Invoices.VERSION,
                invoice.tenantId().value(), invoice.id().value(), invoice.version(), values(invoice),
                "Invoice " + invoice.number(), () -> duplicateMessage(invoice));
    }

    @Override
    public List<Invoice> list(TenantId tenant, Filter filter, UUID afterId, int limit) {
        Condition where = Invoices.TENANT_ID.eq(tenant.value()).and(SqlSupport.before(Invoices.ID, afterId));
        if (filter.status() != null) {
            where = where.and(Invoices.STATUS.eq(filter.status().name()));
        }
        if (filter.contactId() != null) {
            where = where.and(Invoices.CONTACT_ID.eq(filter.contactId().value()));
        }
        if (filter.overdueOn() != null) {
            where = where.and(overdue(filter.overdueOn()));
        }
        return tx.dsl().select(Invoices.ALL).from(Invoices.TABLE).where(where).orderBy(Invoices.ID.desc()).limit(limit)
                .fetch(JooqInvoiceRepository::toInvoice);
    }

    @Override
    public List<OpenTotals> openTotals(TenantId tenant, LocalDate today) {
        Condition overdue = overdue(today);
        Field<Integer> openCount = DSL.count();
        Field<BigDecimal> amountDue = DSL.sum(Invoices.AMOUNT_DUE);
        Field<Integer> overdueCount = DSL.count().filterWhere(overdue);
        Field<BigDecimal> overdueAmount = DSL.coalesce(DSL.sum(Invoices.AMOUNT_DUE).filterWhere(overdue), BigDecimal.ZERO);
        return tx.dsl().select(Invoices.CURRENCY, openCount, amountDue, overdueCount, overdueAmount)
                .from(Invoices.TABLE)
                .where(Invoices.TENANT_ID.eq(tenant.value()), Invoices.STATUS.in(OPEN))
                .groupBy(Invoices.CURRENCY)
                .orderBy(Invoices.CURRENCY.collate("C"))
                .fetch(r -> {
                    String currency = r.get(Invoices.CURRENCY);
                    return new OpenTotals(currency, r.get(openCount), Money.of(r.get(amountDue), currency),
                            r.get(overdueCount), Money.of(r.get(overdueAmount), currency));
                });
    }

    /** Overdue on {@code day}: open, due before it, and money still due ({@code Invoice#isOverdue}). */
    private static Condition overdue(LocalDate day) {
        return Invoices.STATUS.in(OPEN).and(Invoices.DUE_DATE.lt(day)).and(Invoices.AMOUNT_DUE.gt(BigDecimal.ZERO));
    }

    private String duplicateMessage(Invoice invoice) {
        boolean idTaken = tx.dsl().fetchExists(Invoices.TABLE,
                Invoices.TENANT_ID.eq(invoice.tenantId().value()).and(Invoices.ID.eq(invoice.id().value())));
        return idTaken ? "Invoice " + invoice.id() + " already exists"
                : "Invoice number " + invoice.number() + " is already used";
    }

    private static Map<Field<?>, Object> values(Invoice i) {
        InvoiceDetails d = i.details();
        DocumentTotals totals = i.totals();
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(Invoices.INVOICE_NUMBER, i.number());
        v.put(Invoices.STATUS, i.status().name());
        v.put(Invoices.CONTACT_ID, d.contactId() == null ? null : d.contactId().value());
        v.put(Invoices.QUOTE_ID, i.quoteId().map(QuoteId::value).orElse(null));
        v.put(Invoices.WORK_ITEM_ID, i.workItemId().map(WorkItemId::value).orElse(null));
        v.put(Invoices.ISSUE_DATE, d.issueDate());
        v.put(Invoices.DUE_DATE, d.dueDate());
        v.put(Invoices.CURRENCY, d.currency());
        v.put(Invoices.SUBTOTAL, totals.subtotal().amount());
        v.put(Invoices.DISCOUNT_TOTAL, totals.discountTotal().amount());
        v.put(Invoices.TAX_TOTAL, totals.taxTotal().amount());
        v.put(Invoices.TOTAL, totals.total().amount());
        v.put(Invoices.AMOUNT_PAID, i.amountPaid().amount());
        v.put(Invoices.AMOUNT_DUE, i.amountDue().amount());
        v.put(Invoices.NOTES, d.notes());
        v.put(Invoices.TERMS, d.terms());
        v.put(Invoices.LINE_ITEMS, JsonColumns.lineItems(d.lineItems()));
        v.put(Invoices.LAST_SENT_AT, SqlSupport.micros(i.lastSentAt().orElse(null)));
        v.put(Invoices.VOID_REASON, i.voidReason().orElse(null));
        v.put(Invoices.AR_STAGE, i.arStage().name());
        v.put(Invoices.LAST_REMINDED_AT, SqlSupport.micros(i.lastRemindedAt().orElse(null)));
        PaymentLink link = i.paymentLink().orElse(null);
        v.put(Invoices.PAYMENT_LINK_URL, link == null ? null : link.url());
        v.put(Invoices.PAYMENT_LINK_REFERENCE, link == null ? null : link.providerReference());
        v.put(Invoices.PAYMENT_LINK_AMOUNT, link == null ? null : link.amount().amount());
        v.put(Invoices.PAYMENT_LINK_EXPIRES_AT, link == null ? null : SqlSupport.micros(link.expiresAt()));
        v.put(Invoices.CREATED_AT, SqlSupport.micros(i.createdAt()));
        v.put(Invoices.UPDATED_AT, SqlSupport.micros(i.updatedAt()));
        v.put(Invoices.CREATED_BY, i.createdBy() == null ? null : i.createdBy().value());
        return v;
    }

    private static Invoice toInvoice(Record r) {
        String currency = r.get(Invoices.CURRENCY);
        UUID contact = r.get(Invoices.CONTACT_ID);
        InvoiceDetails details = new InvoiceDetails(contact == null ? null : new ContactId(contact), currency,
                r.get(Invoices.ISSUE_DATE), r.get(Invoices.DUE_DATE),
                JsonColumns.lineItems(r.get(Invoices.LINE_ITEMS), currency), r.get(Invoices.NOTES), r.get(Invoices.TERMS));
        UUID quote = r.get(Invoices.QUOTE_ID);
        UUID workItem = r.get(Invoices.WORK_ITEM_ID);
        UUID createdBy = r.get(Invoices.CREATED_BY);
        String linkUrl = r.get(Invoices.PAYMENT_LINK_URL);
        PaymentLink link = linkUrl == null ? null : new PaymentLink(linkUrl, r.get(Invoices.PAYMENT_LINK_REFERENCE),
                Money.of(r.get(Invoices.PAYMENT_LINK_AMOUNT), currency), r.get(Invoices.PAYMENT_LINK_EXPIRES_AT));
        return Invoice.rehydrate(new InvoiceId(r.get(Invoices.ID)), new TenantId(r.get(Invoices.TENANT_ID)),
                r.get(Invoices.INVOICE_NUMBER), InvoiceStatus.valueOf(r.get(Invoices.STATUS)), details,
                Money.of(r.get(Invoices.AMOUNT_PAID), currency), quote == null ? null : new QuoteId(quote),
                workItem == null ? null : new WorkItemId(workItem), r.get(Invoices.LAST_SENT_AT),
                r.get(Invoices.VOID_REASON), createdBy == null ? null : new UserId(createdBy), r.get(Invoices.CREATED_AT), r.get(Invoices.UPDATED_AT),
                link, ArStage.valueOf(r.get(Invoices.AR_STAGE)), r.get(Invoices.LAST_REMINDED_AT), r.get(Invoices.VERSION));
    }
}
