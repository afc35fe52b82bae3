package io.smbhub.application.port.in.expense;

import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An expense as members see it (spec 2.1 Expense): status DRAFT, SUBMITTED, APPROVED or REJECTED; source MANUAL,
 * UPLOAD, EMAIL_FORWARD or AI; amounts in the expense currency; times UTC.
 */
public record ExpenseView(UUID id, String status, String source, String vendor, LocalDate expenseDate, Money amount,
                          Money taxTotal, String category, String notes, FileId receiptFileId, BigDecimal aiConfidence,
                          String rejectionReason, UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
}
