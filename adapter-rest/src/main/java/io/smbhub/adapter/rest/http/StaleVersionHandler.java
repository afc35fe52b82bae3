package io.smbhub.adapter.rest.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.inject.Singleton;

/**
 * Renders {@link StaleVersionException} as 409 with the usual error envelope plus {@code data}: the object as
 * it is now (same shape as a GET of it).
 */
@Singleton
@Produces
public final class StaleVersionHandler implements ExceptionHandler<StaleVersionException, HttpResponse<StaleVersionHandler.Body>> {

    /** {@code {"error": {…}, "data": <latest object>, "meta": {"request_id"}}}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Body(ErrorEnvelope.Error error, Object data, ErrorEnvelope.ErrorMeta meta) {
    }

    @Override
    public HttpResponse<Body> handle(HttpRequest request, StaleVersionException exception) {
        ErrorEnvelope envelope = ErrorMapper.envelope(request, exception.conflict().code().name(),
                exception.conflict().getMessage(), exception.conflict().details());
        return HttpResponse.<Body>status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new Body(envelope.error(), exception.latest(), envelope.meta()));
    }
}
