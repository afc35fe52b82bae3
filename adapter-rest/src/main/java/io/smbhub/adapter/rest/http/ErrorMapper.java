package io.smbhub.adapter.rest.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCategory;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The one place that turns errors into HTTP responses: {@link DomainException} by its {@link ErrorCategory}
 * (VALIDATION→422, NOT_FOUND→404, FORBIDDEN→403, UNAUTHENTICATED→401, CONFLICT→409, CAPABILITY_DISABLED→403,
 * PROVIDER→502, RATE_LIMITED→429, UNAVAILABLE→503; so {@code AI_UNAVAILABLE} is 503 and {@code QUOTA_EXCEEDED} 429,
 * both with {@code Retry-After}), adapter-level {@link ApiException}s, and framework
 * statuses (unknown route, wrong method, bad media type, unexpected failure) — all in the error envelope.
 */
public final class ErrorMapper {

    /** Code of an unexpected failure (500); its message never carries exception details. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /** {@code Retry-After} of 503 {@code AI_UNAVAILABLE}, in seconds. */
    static final long AI_RETRY_AFTER_SECONDS = 30;

    private ErrorMapper() {
    }

    /** The transport status of an error category. */
    public static HttpStatus statusOf(ErrorCategory category) {
        return switch (category) {
            case VALIDATION -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN, CAPABILITY_DISABLED -> HttpStatus.FORBIDDEN;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PROVIDER -> HttpStatus.BAD_GATEWAY;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** The error code of a status the framework produced without a domain error. */
    public static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, UNPROCESSABLE_ENTITY -> ErrorCode.VALIDATION_ERROR.name();
            case UNAUTHORIZED -> ErrorCode.UNAUTHORIZED.name();
            case FORBIDDEN -> ErrorCode.FORBIDDEN.name();
            case NOT_FOUND -> ErrorCode.NOT_FOUND.name();
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case CONFLICT -> ErrorCode.CONFLICT.name();
            case REQUEST_ENTITY_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case TOO_MANY_REQUESTS -> ErrorCode.RATE_LIMITED.name();
            case BAD_GATEWAY -> ErrorCode.PROVIDER_ERROR.name();
            case SERVICE_UNAVAILABLE -> ErrorCode.UNAVAILABLE.name();
            default -> status.getCode() >= 500 ? INTERNAL_ERROR : ErrorCode.VALIDATION_ERROR.name();
        };
    }

    /**
     * A core error in the envelope; {@code AI_UNAVAILABLE} (503) and {@code QUOTA_EXCEEDED} (429) also carry
     * {@code Retry-After} in seconds (see {@link #retryAfterSeconds}).
     */
    public static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, DomainException e) {
        MutableHttpResponse<ErrorEnvelope> response =
                of(request, statusOf(e.code().category()), e.code().name(), e.getMessage(), e.details());
        Long retryAfter = retryAfterSeconds(e.code(), Instant.now());
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        return response;
    }

    /**
     * When to try again after a refusal that time heals, in seconds, or null for every other code: an unavailable
     * AI model ({@code AI_UNAVAILABLE}) after {@value #AI_RETRY_AFTER_SECONDS} s, when its circuit breaker lets a
     * trial call through; a used-up monthly AI budget ({@code QUOTA_EXCEEDED}) when the next UTC calendar month starts.
     */
    static Long retryAfterSeconds(ErrorCode code, Instant now) {
        return switch (code) {
            case AI_UNAVAILABLE -> AI_RETRY_AFTER_SECONDS;
            case QUOTA_EXCEEDED -> {
                Instant nextMonth = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(1).atDay(1)
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
                yield Math.max(1, Duration.between(now, nextMonth).toSeconds());
            }
            default -> null;
        };
    }

    public static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, ApiException e) {
        return of(request, e.status(), e.code(), e.getMessage(), e.details());
    }

    public static MutableHttpResponse<ErrorEnvelope> of(HttpRequest<?> request, HttpStatus status, String code,
                                                        String message, List<FieldError> details) {
        return HttpResponse.<ErrorEnvelope>status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(envelope(request, code, message, details));
    }

    public static ErrorEnvelope envelope(HttpRequest<?> request, String code, String message, List<FieldError> details) {
        List<ErrorEnvelope.Detail> rendered = details.stream()
                .map(d -> new ErrorEnvelope.Detail(d.field(), d.message())).toList();
        return new ErrorEnvelope(new ErrorEnvelope.Error(code, message, rendered),
                new ErrorEnvelope.ErrorMeta(RequestContext.requestId(request)));
    }
}
