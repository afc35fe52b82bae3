package io.smbhub.domain.expense;

import io.smbhub.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;

/**
 * How an expense was captured (spec smb-hub-prd.md 2.1 "Expense" {@code source}): typed in by a member (MANUAL),
 * from an uploaded receipt (UPLOAD), from a forwarded email (EMAIL_FORWARD), or from an applied AI draft (AI).
 */
public enum ExpenseSource {
    UPLOAD, EMAIL_FORWARD, MANUAL, AI;

    /**
     * The source named {@code text} (case-insensitive). Errors: {@code VALIDATION_ERROR} on field {@code source}
     * naming the allowed values.
     */
    public static ExpenseSource parse(String text) {
        if (text != null) {
            for (ExpenseSource source : values()) {
                if (source.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return source;
                }
            }
        }
        throw DomainException.invalid("source", "source must be one of " + Arrays.toString(values()) + ", got " + text);
    }
}
