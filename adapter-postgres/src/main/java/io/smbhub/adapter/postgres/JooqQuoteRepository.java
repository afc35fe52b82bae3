package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Quotes;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.WorkItemId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link QuoteRepository} on PostgreSQL ({@code quotes}; line items as jsonb, the derived totals stored
 * alongside for SQL reports). Quote numbers are unique per tenant.
 */
public final class JooqQuoteRepository implements QuoteRepository {

    private final JdbcTransactionRunner tx;

    public JooqQuoteRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<Quote> findById(TenantId tenant, QuoteId id) {
        return tx.dsl().select(Quotes.ALL).from(Quotes.TABLE)
                .where(Quotes.TENANT_ID.eq(tenant.value()), Quotes.ID.eq(id.value()))
                .fetchOptional().map(JooqQuoteRepository::toQuote);
    }

    @Override
    public long save(Quote quote) {
        return SqlSupport.saveVersioned(tx.dsl(), Quotes.TABLE, Quotes.TENANT_ID, Quotes.ID, Quotes.VERSION,
                quote.tenantId().value(), quote.id().value(), quote.version(), values(quote),
                "Quote " + quote.number(), () -> duplicateMessage(quote));
    }

    @Override
    public List<Quote> list(TenantId tenant, Filter filter, UUID afterId, int limit) {
        Condition where = Quotes.TENANT_ID.eq(tenant.value()).and(SqlSupport.before(Quotes.ID, afterId));
        if (filter.status() != null) {
            where = where.and(Quotes.STATUS.eq(filter.status().name()));
        }
        if (filter.contactId() != null) {
            where = where.and(Quotes.CONTACT_ID.eq(filter.contactId().value()));
        }
        return tx.dsl().select(Quotes.ALL).from(Quotes.TABLE).where(where).orderBy(Quotes.ID.desc()).limit(limit)
                .fetch(JooqQuoteRepository::toQuote);
    }

    private String duplicateMessage(Quote quote) {
        boolean idTaken = tx.dsl().fetchExists(Quotes.TABLE,
                Quotes.TENANT_ID.eq(quote.tenantId().value()).and(Quotes.ID.eq(quote.id().value())));
        return idTaken ? "Quote " + quote.id() + " already exists" : "Quote number " + quote.number() + " is already used";
    }

    private static Map<Field<?>, Object> values(Quote q) {
        QuoteDetails d = q.details();
        DocumentTotals totals = q.totals();
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(Quotes.QUOTE_NUMBER, q.number());
        v.put(Quotes.STATUS, q.status().name());
        v.put(Quotes.CONTACT_ID, d.contactId() == null ? null : d.contactId().value());
        v.put(Quotes.WORK_ITEM_ID, q.workItemId().map(WorkItemId::value).orElse(null));
        v.put(Quotes.ISSUE_DATE, d.issueDate());
        v.put(Quotes.EXPIRY_DATE, d.expiryDate());
        v.put(Quotes.CURRENCY, d.currency());
        v.put(Quotes.SUBTOTAL, totals.subtotal().amount());
        v.put(Quotes.DISCOUNT_TOTAL, totals.discountTotal().amount());
        v.put(Quotes.TAX_TOTAL, totals.taxTotal().amount());
        v.put(Quotes.TOTAL, totals.total().amount());
        v.put(Quotes.NOTES, d.notes());
        v.put(Quotes.TERMS, d.terms());
        v.put(Quotes.LINE_ITEMS, JsonColumns.lineItems(d.lineItems()));
        v.put(Quotes.CONVERTED_INVOICE_ID, q.convertedInvoiceId().map(InvoiceId::value).orElse(null));
        v.put(Quotes.REJECTION_REASON, q.rejectionReason().orElse(null));
        v.put(Quotes.SENT_AT, SqlSupport.micros(q.sentAt().orElse(null)));
        v.put(Quotes.CREATED_AT, SqlSupport.micros(q.createdAt()));
        v.put(Quotes.UPDATED_AT, SqlSupport.micros(q.updatedAt()));
        v.put(Quotes.CREATED_BY, q.createdBy() == null ? null : q.createdBy().value());
        return v;
    }

    private static Quote toQuote(Record r) {
        String currency = r.get(Quotes.CURRENCY);
        UUID contact = r.get(Quotes.CONTACT_ID);
        QuoteDetails details = new QuoteDetails(contact == null ? null : new ContactId(contact), currency,
                r.get(Quotes.ISSUE_DATE), r.get(Quotes.EXPIRY_DATE),
                JsonColumns.lineItems(r.get(Quotes.LINE_ITEMS), currency), r.get(Quotes.NOTES), r.get(Quotes.TERMS));
        UUID workItem = r.get(Quotes.WORK_ITEM_ID);
        UUID converted = r.get(Quotes.CONVERTED_INVOICE_ID);
        UUID createdBy = r.get(Quotes.CREATED_BY);
        return Quote.rehydrate(new QuoteId(r.get(Quotes.ID)), new TenantId(r.get(Quotes.TENANT_ID)),
                r.get(Quotes.QUOTE_NUMBER), QuoteStatus.valueOf(r.get(Quotes.STATUS)), details, workItem == null ? null : new WorkItemId(workItem),
                converted == null ? null : new InvoiceId(converted), r.get(Quotes.REJECTION_REASON), r.get(Quotes.SENT_AT),
                createdBy == null ? null : new UserId(createdBy), r.get(Quotes.CREATED_AT), r.get(Quotes.UPDATED_AT),
                r.get(Quotes.VERSION));
    }
}
