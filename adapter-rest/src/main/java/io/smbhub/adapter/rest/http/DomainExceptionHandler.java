package io.smbhub.adapter.rest.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.smbhub.domain.shared.DomainException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders the core's {@link DomainException} through {@link ErrorMapper}. */
@Singleton
@Produces
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ErrorEnvelope>> {

    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionHandler.class);

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, DomainException exception) {
        LOG.debug("{} {} refused: {} {}", request.getMethodName(), request.getPath(), exception.code(), exception.getMessage());
        return ErrorMapper.of(request, exception);
    }
}
