package io.smbhub.application.port.in.expense;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.expense.ExpenseStatus;
import io.smbhub.domain.shared.ExpenseId;

import java.time.YearMonth;

/**
 * Reads of expenses (spec smb-hub-prd.md 2.3 {@code GET /v1/expenses?status=&month=}); needs {@code EXPENSES_READ}
 * (every role; an AGENT sees only the expenses it captured). Errors: {@code FORBIDDEN}, {@code NOT_FOUND},
 * {@code CAPABILITY_DISABLED} when the tenant's profile has {@code expenses} off.
 */
public interface ExpenseQueries {

    /** Filters for {@link #list}, all optional: {@code month} is the calendar month of the expense date. */
    record ListQuery(ExpenseStatus status, YearMonth month, PageRequest page) {
    }

    ExpenseView get(Actor actor, ExpenseId id);

    /** Newest captured first, keyset-paginated. */
    Page<ExpenseView> list(Actor actor, ListQuery query);
}
