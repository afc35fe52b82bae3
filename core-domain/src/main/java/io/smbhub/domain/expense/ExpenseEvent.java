package io.smbhub.domain.expense;

import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.ExpenseId;

import java.time.Instant;

/** What happened to an expense; {@link #action()} is the audit action name ({@code expense.submitted}). */
public sealed interface ExpenseEvent extends DomainEvent {

    ExpenseId expenseId();

    record ExpenseCreated(ExpenseId expenseId, Instant occurredAt) implements ExpenseEvent {
        public String action() { return "expense.created"; }
    }

    record ExpenseUpdated(ExpenseId expenseId, Instant occurredAt) implements ExpenseEvent {
        public String action() { return "expense.updated"; }
    }

    record ExpenseSubmitted(ExpenseId expenseId, Instant occurredAt) implements ExpenseEvent {
        public String action() { return "expense.submitted"; }
    }

    record ExpenseApproved(ExpenseId expenseId, Instant occurredAt) implements ExpenseEvent {
        public String action() { return "expense.approved"; }
    }

    record ExpenseRejected(ExpenseId expenseId, String reason, Instant occurredAt) implements ExpenseEvent {
        public String action() { return "expense.rejected"; }
    }
}
