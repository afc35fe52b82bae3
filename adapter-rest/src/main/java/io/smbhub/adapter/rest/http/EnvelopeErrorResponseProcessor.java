package io.smbhub.adapter.rest.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.smbhub.domain.shared.FieldError;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Puts every error the framework itself produces (no route → 404, wrong method → 405, bad media type → 415,
 * unconvertible parameter → 400, unexpected exception → 500) into the same error envelope as domain errors.
 * A 500 never shows exception details; the cause is logged with the request id.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<ErrorEnvelope> {

    private static final Logger LOG = LoggerFactory.getLogger(EnvelopeErrorResponseProcessor.class);

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ErrorEnvelope> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ErrorEnvelope>) response;
        }
        HttpStatus status = response.status();
        String code = ErrorMapper.codeOf(status);
        String message;
        List<FieldError> details = List.of();
        if (status.getCode() >= 500) {
            message = "Internal server error; quote request id " + RequestContext.requestId(context.getRequest());
            // the framework logs the stack trace; this line ties it to the request id the client sees
            context.getRootCause().ifPresent(cause -> LOG.error("{} {} failed with {} (request {}): {}",
                    context.getRequest().getMethodName(), context.getRequest().getPath(), status.getCode(),
                    RequestContext.requestId(context.getRequest()), cause.toString()));
        } else if (status == HttpStatus.NOT_FOUND) {
            message = "Nothing found at " + context.getRequest().getPath();
        } else if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            message = "Method " + context.getRequest().getMethodName() + " is not allowed on " + context.getRequest().getPath();
        } else {
            List<Error> errors = context.getErrors();
            message = errors.isEmpty() ? status.getReason() : errors.get(0).getMessage();
            details = errors.stream().filter(e -> e.getPath().isPresent())
                    .map(e -> new FieldError(field(e.getPath().get()), e.getMessage())).toList();
        }
        return ((MutableHttpResponse<ErrorEnvelope>) response)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ErrorMapper.envelope(context.getRequest(), code, message, details));
    }

    private static String field(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
