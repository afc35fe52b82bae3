package io.smbhub.adapter.rest.expense;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.MoneyDto;
import io.smbhub.application.port.in.expense.ExpenseView;
import io.smbhub.domain.expense.ExpenseSource;
import io.smbhub.domain.expense.ExpenseStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An expense in responses (spec smb-hub-prd.md 2.1 "Expense"); money as {@code {amount, currency}}, the AI
 * confidence as a number 0.00–1.00.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Expense")
public record ExpenseDto(UUID id,
                         @Schema(implementation = ExpenseStatus.class) String status,
                         @Schema(implementation = ExpenseSource.class) String source,
                         @Nullable String vendor, @Nullable UUID vendorContactId, LocalDate expenseDate,
                         @Schema(description = "Total paid, tax included") MoneyDto amount,
                         @Nullable MoneyDto taxTotal, @Nullable String category, @Nullable String notes,
                         @Nullable UUID receiptFileId,
                         @Nullable @Schema(type = "number", example = "0.92") BigDecimal aiConfidence,
                         @Nullable @Schema(description = "Set while REJECTED") String rejectionReason,
                         @Nullable UUID createdBy, Instant createdAt, Instant updatedAt, long version,
                         @Schema(description = "Actions the caller may take now (spec 12.7): update, submit, approve, reject")
                         List<String> allowedActions) {

    public static ExpenseDto of(ExpenseView v) {
        return new ExpenseDto(v.id(), v.status(), v.source(), v.vendor(), v.vendorContactId(), v.expenseDate(),
                MoneyDto.of(v.amount()), MoneyDto.of(v.taxTotal()), v.category(), v.notes(), v.receiptFileId(),
                v.aiConfidence(), v.rejectionReason(), v.createdBy(), v.createdAt(), v.updatedAt(), v.version(),
                v.allowedActions());
    }

    /**
     * Request body of POST /v1/expenses (documentation); PATCH: the same fields optional (null clears vendor,
     * vendor_contact_id, tax_total, category, notes, receipt_file_id), plus if_match_version.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ExpenseRequest")
    public record Request(@Nullable @Schema(example = "Office Depot") String vendor,
                          @Nullable UUID vendorContactId,
                          @Schema(description = "Receipt date (required on POST)") LocalDate expenseDate,
                          @Schema(type = "string", example = "120.50", description = "Total incl. tax, > 0 (required on POST)") String amount,
                          @Nullable @Schema(example = "USD", description = "default: the business's currency") String currency,
                          @Nullable @Schema(type = "string", example = "10.95") String taxTotal,
                          @Nullable @Schema(example = "Supplies") String category, @Nullable String notes,
                          @Nullable @Schema(description = "An uploaded file of this business") UUID receiptFileId,
                          @Nullable @Schema(description = "PATCH only") Long ifMatchVersion) {
    }

    /** Request body of POST /v1/expenses/{id}/reject. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ExpenseRejectRequest")
    public record RejectRequest(@Schema(description = "Required: what the submitter should fix") String reason) {
    }
}
