package io.smbhub.application.port.in.expense;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fields of a new expense (spec 2.1 Expense): {@code vendor} name, {@code expenseDate} (tenant-local), {@code amount}
 * (total incl. tax), {@code taxTotal} (may be null; same currency), {@code category} (free text), {@code notes},
 * {@code receiptFileId} (an uploaded file, may be null), {@code source} (MANUAL, UPLOAD, EMAIL_FORWARD, AI; null =
 * MANUAL), {@code aiConfidence} (0–1 when made from an AI draft, else null), {@code vendorContactId} (the vendor as a
 * contact of the tenant, may be null).
 */
public record ExpenseInput(String vendor, LocalDate expenseDate, Money amount, Money taxTotal, String category,
                           String notes, FileId receiptFileId, String source, BigDecimal aiConfidence,
                           ContactId vendorContactId) {

    /** As the canonical constructor without a vendor contact. */
    public ExpenseInput(String vendor, LocalDate expenseDate, Money amount, Money taxTotal, String category,
                        String notes, FileId receiptFileId, String source, BigDecimal aiConfidence) {
        this(vendor, expenseDate, amount, taxTotal, category, notes, receiptFileId, source, aiConfidence, null);
    }
}
