package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Expenses;
import io.smbhub.application.port.out.ExpenseRepository;
import io.smbhub.domain.expense.Expense;
import io.smbhub.domain.expense.ExpenseDetails;
import io.smbhub.domain.expense.ExpenseSource;
import io.smbhub.domain.expense.ExpenseStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ExpenseRepository} on PostgreSQL ({@code expenses}, V8): money as {@code numeric} with the currency beside
 * it, read back at the currency's minor-unit scale; the vendor contact and receipt file are composite foreign keys
 * within the tenant (a missing one answers {@code NOT_FOUND}).
 */
public final class JooqExpenseRepository implements ExpenseRepository {

    private final JdbcTransactionRunner tx;

    public JooqExpenseRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<Expense> findById(TenantId tenant, ExpenseId id) {
        return tx.dsl().select(Expenses.ALL).from(Expenses.TABLE)
                .where(Expenses.TENANT_ID.eq(tenant.value()), Expenses.ID.eq(id.value()))
                .fetchOptional().map(JooqExpenseRepository::toExpense);
    }

    @Override
    public long save(Expense expense) {
        return SqlSupport.saveVersioned(tx.dsl(), Expenses.TABLE, Expenses.TENANT_ID, Expenses.ID, Expenses.VERSION,
                expense.tenantId().value(), expense.id().value(), expense.version(), values(expense),
                "Expense " + expense.id(), () -> "Expense " + expense.id() + " already exists");
    }

    @Override
    public List<Expense> list(TenantId tenant, Filter filter, UUID afterId, int limit) {
        Condition where = Expenses.TENANT_ID.eq(tenant.value()).and(SqlSupport.before(Expenses.ID, afterId));
        if (filter.status() != null) {
            where = where.and(Expenses.STATUS.eq(filter.status().name()));
        }
        if (filter.from() != null) {
            where = where.and(Expenses.EXPENSE_DATE.ge(filter.from()));
        }
        if (filter.toInclusive() != null) {
            where = where.and(Expenses.EXPENSE_DATE.le(filter.toInclusive()));
        }
        if (filter.createdBy() != null) {
            where = where.and(Expenses.CREATED_BY.eq(filter.createdBy().value()));
        }
        return tx.dsl().select(Expenses.ALL).from(Expenses.TABLE).where(where).orderBy(Expenses.ID.desc()).limit(limit)
                .fetch(JooqExpenseRepository::toExpense);
    }

    @Override
    public List<Expense> listDated(TenantId tenant, LocalDate from, LocalDate toInclusive) {
        return tx.dsl().select(Expenses.ALL).from(Expenses.TABLE)
                .where(Expenses.TENANT_ID.eq(tenant.value()), Expenses.EXPENSE_DATE.between(from, toInclusive))
                .orderBy(Expenses.EXPENSE_DATE, Expenses.ID)
                .fetch(JooqExpenseRepository::toExpense);
    }

    private static Map<Field<?>, Object> values(Expense e) {
        ExpenseDetails d = e.details();
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(Expenses.STATUS, e.status().name());
        v.put(Expenses.SOURCE, e.source().name());
        v.put(Expenses.VENDOR, d.vendor());
        v.put(Expenses.VENDOR_CONTACT_ID, d.vendorContactId() == null ? null : d.vendorContactId().value());
        v.put(Expenses.EXPENSE_DATE, d.expenseDate());
        v.put(Expenses.AMOUNT, d.amount().amount());
        v.put(Expenses.CURRENCY, d.currency());
        v.put(Expenses.TAX_TOTAL, d.taxTotal() == null ? null : d.taxTotal().amount());
        v.put(Expenses.CATEGORY, d.category());
        v.put(Expenses.NOTES, d.notes());
        v.put(Expenses.RECEIPT_FILE_ID, d.receiptFileId() == null ? null : d.receiptFileId().value());
        v.put(Expenses.AI_CONFIDENCE, e.aiConfidence().orElse(null));
        v.put(Expenses.REJECTION_REASON, e.rejectionReason().orElse(null));
        v.put(Expenses.CREATED_BY, e.createdBy() == null ? null : e.createdBy().value());
        v.put(Expenses.CREATED_AT, SqlSupport.micros(e.createdAt()));
        v.put(Expenses.UPDATED_AT, SqlSupport.micros(e.updatedAt()));
        return v;
    }

    private static Expense toExpense(Record r) {
        String currency = r.get(Expenses.CURRENCY);
        BigDecimal tax = r.get(Expenses.TAX_TOTAL);
        UUID vendorContact = r.get(Expenses.VENDOR_CONTACT_ID);
        UUID receipt = r.get(Expenses.RECEIPT_FILE_ID);
        UUID createdBy = r.get(Expenses.CREATED_BY);
        BigDecimal confidence = r.get(Expenses.AI_CONFIDENCE);
        ExpenseDetails details = new ExpenseDetails(r.get(Expenses.VENDOR),
                vendorContact == null ? null : new ContactId(vendorContact), r.get(Expenses.EXPENSE_DATE),
                Money.rounded(r.get(Expenses.AMOUNT), currency), tax == null ? null : Money.rounded(tax, currency),
                r.get(Expenses.CATEGORY), r.get(Expenses.NOTES), receipt == null ? null : new FileId(receipt));
        return Expense.rehydrate(new ExpenseId(r.get(Expenses.ID)), new TenantId(r.get(Expenses.TENANT_ID)),
                ExpenseStatus.valueOf(r.get(Expenses.STATUS)), ExpenseSource.valueOf(r.get(Expenses.SOURCE)), details,
                confidence == null ? null : confidence.setScale(Expense.CONFIDENCE_SCALE),
                r.get(Expenses.REJECTION_REASON), createdBy == null ? null : new UserId(createdBy),
                r.get(Expenses.CREATED_AT), r.get(Expenses.UPDATED_AT), r.get(Expenses.VERSION));
    }
}
