package io.smbhub.application.memory;

import io.smbhub.application.port.out.ExpenseRepository;
import io.smbhub.domain.expense.Expense;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link ExpenseRepository} in memory, for tests and embedders. */
public final class InMemoryExpenseRepository implements ExpenseRepository {

    private final InMemoryTable<Expense> table;

    public InMemoryExpenseRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Expense", (e, v) -> Expense.rehydrate(e.id(), e.tenantId(), e.status(),
                e.source(), e.details(), e.aiConfidence().orElse(null), e.rejectionReason().orElse(null), e.createdBy(),
                e.createdAt(), e.updatedAt(), v));
    }

    @Override
    public Optional<Expense> findById(TenantId tenant, ExpenseId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public long save(Expense expense) {
        return table.save(expense.tenantId().value(), expense.id().value(), expense, expense.version(), Expense::version);
    }

    @Override
    public List<Expense> list(TenantId tenant, Filter f, UUID afterId, int limit) {
        return table.list(tenant.value(), e -> (f.status() == null || e.status() == f.status())
                        && dated(e, f.from(), f.toInclusive())
                        && (f.createdBy() == null || Objects.equals(e.createdBy(), f.createdBy())),
                e -> e.id().value(), afterId, limit);
    }

    @Override
    public List<Expense> listDated(TenantId tenant, LocalDate from, LocalDate toInclusive) {
        return table.all(tenant.value()).stream().filter(e -> dated(e, from, toInclusive))
                .sorted(Comparator.comparing((Expense e) -> e.details().expenseDate())
                        .thenComparing(InMemoryTable.<Expense>byId(e -> e.id().value())))
                .toList();
    }

    private static boolean dated(Expense e, LocalDate from, LocalDate toInclusive) {
        LocalDate date = e.details().expenseDate();
        return (from == null || !date.isBefore(from)) && (toInclusive == null || !date.isAfter(toInclusive));
    }
}
