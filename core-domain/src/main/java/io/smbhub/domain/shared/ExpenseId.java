package io.smbhub.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of an expense: a time-ordered UUID made by the application's {@code IdGenerator}. */
public record ExpenseId(UUID value) {
    public ExpenseId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the canonical UUID text. Errors: {@code VALIDATION_ERROR} on {@code field} when the
     * text is not a UUID.
     */
    public static ExpenseId parse(String text, String field) {
        try {
            return new ExpenseId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid(field, field + " must be a UUID, got " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
