package io.smbhub.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Structural checks for email addresses and phone numbers typed by people. Email: one {@code @}, a
 * dotted domain, no spaces, at most 254 characters; stored lower-cased. Phone: an optional leading
 * {@code +} then 6–15 digits (E.164 length) with spaces, dots, dashes and parentheses allowed as
 * separators; stored as typed (trimmed).
 */
public final class ContactPoints {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE_CHARS = Pattern.compile("^\\+?[0-9 ().\\-]+$");

    private ContactPoints() {
    }

    /** Normalised email or {@code null} for blank. Errors: {@code VALIDATION_ERROR} on {@code field}. */
    public static String email(String raw, String field) {
        String value = Text.clean(raw);
        if (value == null) {
            return null;
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw DomainException.invalid(field, "'" + value + "' is not a valid email address");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** Trimmed phone or {@code null} for blank. Errors: {@code VALIDATION_ERROR} on {@code field}. */
    public static String phone(String raw, String field) {
        String value = Text.clean(raw);
        if (value == null) {
            return null;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE_CHARS.matcher(value).matches() || digits < 6 || digits > 15 || value.indexOf('+', 1) >= 0) {
            throw DomainException.invalid(field, "'" + value + "' is not a valid phone number (6 to 15 digits, optional leading +)");
        }
        return value;
    }
}
