package io.smbhub.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * Why an action on an object would be refused, before anything is attempted: the same code, message and
 * field details the action itself would throw. Aggregates answer {@code refusalTo…()} queries with it, so a
 * client can be told which actions are allowed (spec smb-hub-prd.md 12.7) and the action, when attempted,
 * fails for exactly that reason.
 */
public record Refusal(ErrorCode code, String message, List<FieldError> details) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        details = List.copyOf(details);
    }

    public Refusal(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    /** A {@code VALIDATION_ERROR} refusal on one field; the message is also the field's message. */
    public static Refusal invalid(String field, String message) {
        return new Refusal(ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError(field, message)));
    }

    /** The exception the refused action throws. */
    public DomainException toException() {
        return new DomainException(code, message, details);
    }

    /** Throws {@link #toException()}; for {@code refusal.ifPresent(Refusal::raise)}. */
    public void raise() {
        throw toException();
    }
}
