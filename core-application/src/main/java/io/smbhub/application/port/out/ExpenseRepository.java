package io.smbhub.application.port.out;

import io.smbhub.domain.expense.Expense;
import io.smbhub.domain.expense.ExpenseStatus;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Expenses of a tenant (spec smb-hub-prd.md 2.1 "Expense"); every method is tenant-scoped. */
public interface ExpenseRepository {

    /**
     * List filter; every part optional: {@code status}; {@code from}/{@code toInclusive} bound the expense date
     * (tenant-local; the month filter of {@code GET /v1/expenses?month=} is its first and last day);
     * {@code createdBy} keeps the expenses one member captured (an AGENT's own).
     */
    record Filter(ExpenseStatus status, LocalDate from, LocalDate toInclusive, UserId createdBy) {
        /** No restriction. */
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    Optional<Expense> findById(TenantId tenant, ExpenseId id);

    /**
     * Inserts (version 0) or updates (only while the stored version still equals the expense's) and returns the
     * stored version. Errors: {@code CONFLICT} when the stored version moved on or the id exists.
     */
    long save(Expense expense);

    /** Newest first (by time-ordered id), ids strictly below {@code afterId} when given, at most {@code limit}. */
    List<Expense> list(TenantId tenant, Filter filter, UUID afterId, int limit);

    /**
     * Every expense of every status dated {@code from} to {@code toInclusive} (tenant-local expense dates), ordered
     * by expense date, then id; for reports such as the daily digest, which pick the statuses they count.
     */
    List<Expense> listDated(TenantId tenant, LocalDate from, LocalDate toInclusive);
}
