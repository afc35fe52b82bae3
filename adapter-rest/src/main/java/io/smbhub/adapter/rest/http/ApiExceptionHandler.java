package io.smbhub.adapter.rest.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Renders the adapter's own {@link ApiException} through {@link ErrorMapper}. */
@Singleton
@Produces
public final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ApiException exception) {
        return ErrorMapper.of(request, exception);
    }
}
