package io.smbhub.application.port.in.expense;

import io.smbhub.application.port.in.Actor;

/**
 * Creates an expense in status DRAFT (spec smb-hub-prd.md 2.1 Expense, 2.3 {@code POST /v1/expenses}, Epic 6).
 * Needs {@code EXPENSES_WRITE}. Audited as {@code expense.created}. Errors: {@code FORBIDDEN},
 * {@code VALIDATION_ERROR} (amount and date required, currency mismatch, unknown receipt file),
 * {@code CAPABILITY_DISABLED} when the tenant's profile has expenses off.
 */
public interface CreateExpenseUseCase {
    ExpenseView create(Actor actor, ExpenseInput input);
}
