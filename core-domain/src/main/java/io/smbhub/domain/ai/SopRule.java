package io.smbhub.domain.ai;

import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One rule of a tenant's SOP ruleset checked by the pre-check (enterprise-business-os.md feature 2, issue 6):
 * {@code code} — the tenant's short name for it, shown as {@code rule} in violations (lower-case letters, digits,
 * {@code _}/{@code -}, ≤ 40; unique in the ruleset); {@code type}; {@code value} — the rule's number (see
 * {@link Type}); {@code text} — the rule in words (required for {@link Type#FREE_TEXT}, which only a language model
 * can check); {@code appliesTo} — INVOICE and/or QUOTE; {@code enabled}.
 */
public record SopRule(String code, Type type, BigDecimal value, String text, Set<DocumentKind> appliesTo,
                      boolean enabled) {

    /** The kinds of rule; the deterministic ones need {@code value}. */
    public enum Type {
        /** Every line's tax rate equals {@code value} percent (e.g. 11 for Indonesian VAT). */
        VAT_RATE,
        /** No line's discount exceeds {@code value} percent of the line's gross amount. */
        MAX_DISCOUNT_PERCENT,
        /** The due date (invoice) or expiry date (quote) is set, not before the issue date and at most {@code value} days after it. */
        DUE_WITHIN_DAYS,
        /** No other non-void invoice/quote for the same contact with the same total was created within {@code value} days. */
        NO_DUPLICATE_WITHIN_DAYS,
        /** The document total does not exceed {@code value} (major units of the document currency). */
        MAX_TOTAL,
        /** A rule in words, checked by the model pass only when a language model is available. */
        FREE_TEXT;

        /** Parses a wire value (case-insensitive); null when unknown. */
        public static Type parse(String text) {
            try {
                return text == null ? null : valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Errors: {@code VALIDATION_ERROR} on {@code code}, {@code type}, {@code value}, {@code text}, {@code applies_to}. */
    public SopRule {
        code = Text.clean(code);
        text = Text.clean(text);
        appliesTo = appliesTo == null || appliesTo.isEmpty() ? EnumSet.of(DocumentKind.INVOICE, DocumentKind.QUOTE)
                : Set.copyOf(appliesTo);
        Validation v = new Validation()
                .check(code == null || !code.matches("[a-z0-9][a-z0-9_-]{0,39}"), "code",
                        "Rule code must be lower-case letters, digits, _ or - (≤ 40), e.g. vat_11; got " + code)
                .check(type == null, "type", "Rule type is required: VAT_RATE, MAX_DISCOUNT_PERCENT, DUE_WITHIN_DAYS, "
                        + "NO_DUPLICATE_WITHIN_DAYS, MAX_TOTAL or FREE_TEXT")
                .check(text != null && text.length() > 1000, "text", "Rule text is longer than 1000 characters");
        if (type == Type.FREE_TEXT) {
            v.check(text == null, "text", "A FREE_TEXT rule needs its text, e.g. \"Consulting invoices must say the project code\"");
        } else if (type != null) {
            v.check(value == null, "value", "A " + type + " rule needs a value");
            v.check(value != null && value.signum() < 0, "value", "Rule value must not be negative");
            v.check(value != null && (type == Type.VAT_RATE || type == Type.MAX_DISCOUNT_PERCENT)
                    && value.compareTo(BigDecimal.valueOf(100)) > 0, "value", "A percentage must be at most 100");
            v.check(value != null && (type == Type.DUE_WITHIN_DAYS || type == Type.NO_DUPLICATE_WITHIN_DAYS)
                    && (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(3650)) > 0),
                    "value", "Days must be a whole number up to 3650");
        }
        v.throwIfAny("SOP rule is invalid");
    }

    /** Whether the rule is checked for {@code kind}. */
    public boolean checks(DocumentKind kind) {
        return enabled && appliesTo.contains(kind);
    }
}
