package io.smbhub.application.port.in.expense;

import io.smbhub.domain.expense.Expense;
import io.smbhub.domain.expense.ExpenseDetails;
import io.smbhub.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An expense as members see it (spec 2.1 Expense): status DRAFT, SUBMITTED, APPROVED or REJECTED; source MANUAL,
 * UPLOAD, EMAIL_FORWARD or AI; amounts in the expense currency; {@code aiConfidence} 0.00–1.00 or null; times UTC;
 * {@code allowedActions} what the asking member may do now (spec 12.7): {@code update}, {@code submit},
 * {@code approve}, {@code reject}.
 */
public record ExpenseView(UUID id, String status, String source, String vendor, UUID vendorContactId,
                          LocalDate expenseDate, Money amount, Money taxTotal, String category, String notes,
                          UUID receiptFileId, BigDecimal aiConfidence, String rejectionReason, UUID createdBy,
                          Instant createdAt, Instant updatedAt, long version, List<String> allowedActions) {

    /**
     * The view of {@code e} at {@code version}; {@code allowedActions} are the asking actor's (empty in audit
     * snapshots, which leave them out).
     */
    public static ExpenseView of(Expense e, long version, List<String> allowedActions) {
        ExpenseDetails d = e.details();
        return new ExpenseView(e.id().value(), e.status().name(), e.source().name(), d.vendor(),
                d.vendorContactId() == null ? null : d.vendorContactId().value(), d.expenseDate(), d.amount(),
                d.taxTotal(), d.category(), d.notes(), d.receiptFileId() == null ? null : d.receiptFileId().value(),
                e.aiConfidence().orElse(null), e.rejectionReason().orElse(null),
                e.createdBy() == null ? null : e.createdBy().value(), e.createdAt(), e.updatedAt(), version,
                List.copyOf(allowedActions));
    }
}
