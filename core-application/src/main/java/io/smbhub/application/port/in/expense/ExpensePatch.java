package io.smbhub.application.port.in.expense;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.FileId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A partial update of a DRAFT or REJECTED expense ({@code PATCH /v1/expenses/{id}}): {@code null} = unchanged;
 * {@code Optional.empty()} clears the vendor contact, the tax total or the receipt; an empty string clears
 * {@code vendor}, {@code category} or {@code notes}. A new {@code currency} re-reads the kept amounts in it (they
 * must fit its decimals). The expense date and amount cannot be cleared.
 */
public record ExpensePatch(String vendor, Optional<ContactId> vendorContactId, LocalDate expenseDate, BigDecimal amount,
                           String currency, Optional<BigDecimal> taxTotal, String category, String notes,
                           Optional<FileId> receiptFileId) {

    /** A patch that changes nothing. */
    public static final ExpensePatch NONE = new ExpensePatch(null, null, null, null, null, null, null, null, null);
}
