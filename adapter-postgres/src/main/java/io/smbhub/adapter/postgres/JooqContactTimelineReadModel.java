package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.AuditEntries;
import io.smbhub.adapter.postgres.Tables.Invoices;
import io.smbhub.adapter.postgres.Tables.Payments;
import io.smbhub.adapter.postgres.Tables.Quotes;
import io.smbhub.adapter.postgres.Tables.WorkItems;
import io.smbhub.application.port.out.ContactTimelineReadModel;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link ContactTimelineReadModel} on PostgreSQL: one {@code UNION ALL} of the contact's work items, quotes,
 * invoices, payments (joined to their invoice) and its audit entries, each branch only when the scope allows
 * that kind, ordered and keyset-cut by {@code (at desc, kind, id)} in the database. The kind is compared by its
 * rank (the enum's declaration order), so the order does not depend on a collation.
 */
public final class JooqContactTimelineReadModel implements ContactTimelineReadModel {

    private static final Field<Integer> KIND = DSL.field(DSL.name("kind"), SQLDataType.INTEGER);
    private static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);
    private static final Field<Instant> AT = DSL.field(DSL.name("at"), SQLDataType.INSTANT);
    private static final Field<String> LABEL = DSL.field(DSL.name("label"), SQLDataType.VARCHAR);
    private static final Field<String> STATUS = DSL.field(DSL.name("status"), SQLDataType.VARCHAR);
    private static final Field<BigDecimal> AMOUNT = DSL.field(DSL.name("amount"), SQLDataType.NUMERIC);
    private static final Field<String> CURRENCY = DSL.field(DSL.name("currency"), SQLDataType.VARCHAR);

    private static final String DRAFT = "DRAFT";

    private final JdbcTransactionRunner tx;

    public JooqContactTimelineReadModel(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public List<Entry> list(TenantId tenant, ContactId contact, Scope scope, Position after, int limit) {
        UUID t = tenant.value();
        UUID c = contact.value();
        List<Select<Record>> branches = new ArrayList<>();
        if (scope.kinds().contains(Kind.WORK_ITEM)) {
            Condition assigned = scope.assignedTo() == null ? DSL.noCondition()
                    : WorkItems.ASSIGNED_TO.eq(scope.assignedTo().value());
            branches.add(tx.dsl().select(row(Kind.WORK_ITEM, WorkItems.ID, WorkItems.CREATED_AT, WorkItems.TITLE,
                            WorkItems.STATUS, DSL.castNull(SQLDataType.NUMERIC), DSL.castNull(SQLDataType.VARCHAR)))
                    .from(WorkItems.TABLE)
                    .where(WorkItems.TENANT_ID.eq(t), WorkItems.CONTACT_ID.eq(c), assigned));
        }
        if (scope.kinds().contains(Kind.QUOTE)) {
            branches.add(tx.dsl().select(row(Kind.QUOTE, Quotes.ID, Quotes.CREATED_AT, Quotes.QUOTE_NUMBER,
                            Quotes.STATUS, Quotes.TOTAL, Quotes.CURRENCY))
                    .from(Quotes.TABLE)
                    .where(Quotes.TENANT_ID.eq(t), Quotes.CONTACT_ID.eq(c),
                            scope.draftsOnly() ? Quotes.STATUS.eq(DRAFT) : DSL.noCondition()));
        }
        if (scope.kinds().contains(Kind.INVOICE)) {
            branches.add(tx.dsl().select(row(Kind.INVOICE, Invoices.ID, Invoices.CREATED_AT, Invoices.INVOICE_NUMBER,
                            Invoices.STATUS, Invoices.TOTAL, Invoices.CURRENCY))
                    .from(Invoices.TABLE)
                    .where(Invoices.TENANT_ID.eq(t), Invoices.CONTACT_ID.eq(c),
                            scope.draftsOnly() ? Invoices.STATUS.eq(DRAFT) : DSL.noCondition()));
        }
        if (scope.kinds().contains(Kind.PAYMENT)) {
            branches.add(tx.dsl().select(row(Kind.PAYMENT, Payments.ID, Payments.CREATED_AT, Invoices.INVOICE_NUMBER,
                            Payments.STATUS, Payments.AMOUNT, Payments.CURRENCY))
                    .from(Payments.TABLE)
                    .join(Invoices.TABLE).on(Invoices.TENANT_ID.eq(Payments.TENANT_ID), Invoices.ID.eq(Payments.INVOICE_ID))
                    .where(Payments.TENANT_ID.eq(t), Invoices.CONTACT_ID.eq(c)));
        }
        if (scope.kinds().contains(Kind.AUDIT)) {
            branches.add(tx.dsl().select(row(Kind.AUDIT, AuditEntries.ID, AuditEntries.CREATED_AT, AuditEntries.ACTION,
                            DSL.castNull(SQLDataType.VARCHAR), DSL.castNull(SQLDataType.NUMERIC),
                            DSL.castNull(SQLDataType.VARCHAR)))
                    .from(AuditEntries.TABLE)
                    .where(AuditEntries.TENANT_ID.eq(t), AuditEntries.ENTITY_TYPE.eq(CONTACT_ENTITY_TYPE),
                            AuditEntries.ENTITY_ID.eq(c)));
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        Select<Record> union = branches.get(0);
        for (Select<Record> branch : branches.subList(1, branches.size())) {
            union = union.unionAll(branch);
        }
        return tx.dsl().select(KIND, ID, AT, LABEL, STATUS, AMOUNT, CURRENCY)
                .from(union.asTable("timeline"))
                .where(after == null ? DSL.noCondition() : after(after))
                .orderBy(AT.desc(), KIND.asc(), ID.asc())
                .limit(limit)
                .fetch(r -> new Entry(Kind.values()[r.get(KIND)], r.get(ID), r.get(AT), r.get(LABEL), r.get(STATUS),
                        r.get(AMOUNT) == null ? null : Money.of(r.get(AMOUNT), r.get(CURRENCY))));
    }

    /** The select list of one branch, aliased to the timeline's columns. */
    private static List<Field<?>> row(Kind kind, Field<UUID> id, Field<Instant> at, Field<String> label,
                                      Field<String> status, Field<BigDecimal> amount, Field<String> currency) {
        return List.of(DSL.inline(kind.ordinal()).as(KIND), id.as(ID), at.as(AT), label.as(LABEL), status.as(STATUS),
                amount.as(AMOUNT), currency.as(CURRENCY));
    }

    /** Rows strictly after {@code p} in {@code (at desc, kind, id)} order. */
    private static Condition after(Position p) {
        Instant at = SqlSupport.micros(p.at());
        return AT.lt(at).or(AT.eq(at).and(KIND.gt(p.kind().ordinal())
                .or(KIND.eq(p.kind().ordinal()).and(ID.gt(p.id())))));
    }
}
