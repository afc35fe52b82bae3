package io.smbhub.domain.shared;


import java.util.Objects;
import java.util.UUID;

/** Identity of an inbox conversation (spec 2.1 Conversation): a time-ordered UUID made by the application's {@code IdGenerator}. */
public record ConversationId(UUID value) {
    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the canonical UUID text. Errors: {@code VALIDATION_ERROR} on {@code field} when the
     * text is not a UUID.
     */
    public static ConversationId parse(String text, String field) {
        try {
            return new ConversationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid(field, field + " must be a UUID, got " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
