package io.smbhub.adapter.rest.http;

import io.micronaut.http.HttpStatus;
import io.smbhub.domain.shared.FieldError;

import java.util.List;

/**
 * A request refused by the REST adapter itself, before the core saw it: malformed JSON or a value of the
 * wrong JSON type (400 {@code VALIDATION_ERROR}), an id in the path that cannot exist (404 {@code NOT_FOUND}).
 * Rendered by {@link ErrorMapper} like a {@code DomainException}.
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldError> details;

    public ApiException(HttpStatus status, String code, String message, List<FieldError> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
    }

    /** 400 {@code VALIDATION_ERROR} about one request field. */
    public static ApiException badRequest(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_ERROR", message, List.of(new FieldError(field, message)));
    }

    /** 400 {@code VALIDATION_ERROR} about the request as a whole. */
    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_ERROR", message, List.of());
    }

    /** 422 {@code VALIDATION_ERROR}: well-formed, but a value breaks a rule. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_ERROR", message, List.of(new FieldError(field, message)));
    }

    /** 404 {@code NOT_FOUND}. */
    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> details() {
        return details;
    }
}
