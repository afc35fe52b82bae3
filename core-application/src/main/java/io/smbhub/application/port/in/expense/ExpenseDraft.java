package io.smbhub.application.port.in.expense;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.FileId;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expense typed in by a member ({@code POST /v1/expenses}, source MANUAL; spec 2.3, 3.12): {@code amount} (total
 * paid, tax included) and {@code taxTotal} (may be null) are exact decimals in {@code currency} (ISO 4217; null = the
 * tenant's currency) with no more decimals than it allows; {@code expenseDate} is tenant-local. Amount and date are
 * required; the other fields are optional.
 */
public record ExpenseDraft(String vendor, ContactId vendorContactId, LocalDate expenseDate, BigDecimal amount,
                           String currency, BigDecimal taxTotal, String category, String notes, FileId receiptFileId) {
}
