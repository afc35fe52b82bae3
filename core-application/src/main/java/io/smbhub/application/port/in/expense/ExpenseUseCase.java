package io.smbhub.application.port.in.expense;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.ExpenseId;

/**
 * Capturing and reviewing expenses (spec smb-hub-prd.md 2.3 "Expenses", 3.12, Epic 6; role matrix 2.2 "Expense
 * capture"). OWNER, ADMIN, STAFF and AGENT capture, edit and submit ({@code EXPENSES_WRITE}; an AGENT only the
 * expenses it captured — others answer {@code NOT_FOUND}); OWNER and ADMIN approve and reject
 * ({@code EXPENSES_APPROVE}); a VIEWER only reads. Each change is audited ({@code expense.created}, {@code .updated},
 * {@code .submitted}, {@code .approved}, {@code .rejected}).
 * Errors of every method: {@code FORBIDDEN}; {@code CAPABILITY_DISABLED} when the tenant's profile has
 * {@code expenses} off; {@code NOT_FOUND} for an id not in the tenant (or not the AGENT's own);
 * {@code INVALID_TRANSITION} for a move the status does not allow; {@code VALIDATION_ERROR} with field details.
 */
public interface ExpenseUseCase {

    /**
     * Creates a DRAFT expense with source MANUAL from what a member typed. Errors also: {@code VALIDATION_ERROR}
     * (amount and date required, amount above zero, decimals beyond the currency, tax above the amount, unknown
     * vendor contact or receipt file, the profile's required expense fields).
     */
    ExpenseView capture(Actor actor, ExpenseDraft draft);

    /**
     * Edits a DRAFT or REJECTED expense (a REJECTED one goes back to DRAFT). Errors also: {@code CONFLICT} when
     * {@code expectedVersion} is given and the expense is at another version (spec 12.8).
     */
    ExpenseView update(Actor actor, ExpenseId id, Long expectedVersion, ExpensePatch patch);

    /** DRAFT → SUBMITTED: hands the expense in for review. */
    ExpenseView submit(Actor actor, ExpenseId id);

    /** SUBMITTED → APPROVED. Needs {@code EXPENSES_APPROVE}. */
    ExpenseView approve(Actor actor, ExpenseId id);

    /**
     * SUBMITTED → REJECTED with {@code reason} (required, so the submitter knows what to fix). Needs
     * {@code EXPENSES_APPROVE}. Errors also: {@code VALIDATION_ERROR} on {@code reason}.
     */
    ExpenseView reject(Actor actor, ExpenseId id, String reason);
}
