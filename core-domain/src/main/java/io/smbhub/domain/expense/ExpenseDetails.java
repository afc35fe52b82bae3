package io.smbhub.domain.expense;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.time.LocalDate;

/**
 * The editable fields of an expense (spec smb-hub-prd.md 2.1 "Expense", 3.12 "Validations"), validated together:
 * <ul>
 *   <li>{@code expenseDate} (tenant-local date on the receipt) and {@code amount} (the total paid, tax included,
 *       greater than zero) are required (spec 3.12);</li>
 *   <li>{@code taxTotal} is optional; when given it is in the amount's currency, not negative and not above the
 *       amount;</li>
 *   <li>{@code vendor} (free-text name, ≤ 200 chars), {@code category} (simple string, ≤ 100 chars) and
 *       {@code notes} (≤ 10000 chars) are trimmed, blank becomes {@code null};</li>
 *   <li>{@code vendorContactId} (a vendor contact) and {@code receiptFileId} (an uploaded receipt) are optional
 *       references the application checks exist in the tenant.</li>
 * </ul>
 * Errors: {@code VALIDATION_ERROR} listing every broken field ({@code expense_date}, {@code amount},
 * {@code tax_total}, {@code vendor}, {@code category}, {@code notes}).
 */
public record ExpenseDetails(String vendor, ContactId vendorContactId, LocalDate expenseDate, Money amount,
                             Money taxTotal, String category, String notes, FileId receiptFileId) {

    public static final int MAX_VENDOR = 200;
    public static final int MAX_CATEGORY = 100;
    public static final int MAX_NOTES = 10_000;

    public ExpenseDetails {
        vendor = Text.clean(vendor);
        category = Text.clean(category);
        notes = Text.clean(notes);
        boolean sameCurrency = amount == null || taxTotal == null || amount.currency().equals(taxTotal.currency());
        new Validation()
                .check(expenseDate == null, "expense_date", "An expense date is required")
                .check(amount == null, "amount", "An amount is required")
                .check(amount != null && !amount.isPositive(), "amount", "The amount must be greater than zero")
                .check(!sameCurrency, "tax_total", "The tax total must be in the amount's currency ("
                        + (amount == null ? "" : amount.currency()) + ")")
                .check(taxTotal != null && taxTotal.isNegative(), "tax_total", "The tax total must not be negative")
                .check(sameCurrency && amount != null && taxTotal != null && taxTotal.isGreaterThan(amount), "tax_total",
                        "The tax total must not be greater than the amount")
                .check(vendor != null && vendor.length() > MAX_VENDOR, "vendor",
                        "Vendor is longer than " + MAX_VENDOR + " characters")
                .check(category != null && category.length() > MAX_CATEGORY, "category",
                        "Category is longer than " + MAX_CATEGORY + " characters")
                .check(notes != null && notes.length() > MAX_NOTES, "notes", "Notes are longer than " + MAX_NOTES + " characters")
                .throwIfAny("Expense is invalid");
    }

    /** The ISO 4217 currency of the amount (and of the tax total). */
    public String currency() {
        return amount.currency();
    }
}
