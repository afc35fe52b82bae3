package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.DomainException;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link MemberInvitation}: a time-ordered UUID made by the application's {@code IdGenerator}. */
public record InvitationId(UUID value) {
    public InvitationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the canonical UUID text. Errors: {@code VALIDATION_ERROR} on {@code field} when the text is not
     * a UUID.
     */
    public static InvitationId parse(String text, String field) {
        try {
            return new InvitationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid(field, field + " must be a UUID, got " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
