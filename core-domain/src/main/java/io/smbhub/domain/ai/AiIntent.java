package io.smbhub.domain.ai;

import io.smbhub.domain.shared.DomainException;

import java.util.Locale;

/**
 * What an AI draft should become (spec smb-hub-prd.md 2.1 "AI Draft" {@code intent}, 1.4 "Outputs"): a work item, a
 * quote, an invoice, an expense, or an accounts-receivable follow-up message. The wire value is the enum name.
 */
public enum AiIntent {
    CREATE_WORK_ITEM, DRAFT_QUOTE, DRAFT_INVOICE, DRAFT_EXPENSE, DRAFT_AR_MESSAGE;

    /** Parses a wire value (case-insensitive). Errors: {@code VALIDATION_ERROR} on {@code field}. */
    public static AiIntent parse(String text, String field) {
        if (text != null) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // fall through
            }
        }
        throw DomainException.invalid(field, field + " must be one of CREATE_WORK_ITEM, DRAFT_QUOTE, DRAFT_INVOICE, "
                + "DRAFT_EXPENSE, DRAFT_AR_MESSAGE; got " + text);
    }
}
