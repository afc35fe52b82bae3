package io.smbhub.domain.shared;

import java.util.List;

/**
 * The one error type of the core: a stable {@link ErrorCode}, a message saying what happened to
 * which object and what to do, and field-level details (possibly empty). Unchecked.
 */
public final class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldError> details;

    public DomainException(ErrorCode code, String message, List<FieldError> details) {
        super(message);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    /** A {@code VALIDATION_ERROR} about a single field. */
    public static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError(field, message)));
    }

    /** A {@code NOT_FOUND} for {@code what} (e.g. "Invoice") with the given id. */
    public static DomainException notFound(String what, Object id) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " " + id + " was not found");
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> details() {
        return details;
    }
}
