package io.smbhub.domain.shared;

import java.util.Objects;

/**
 * One field-level reason attached to a {@link DomainException}: {@code field} is the request-level
 * name in snake_case with dots and indexes ({@code line_items[0].qty}), {@code message} is for people.
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
