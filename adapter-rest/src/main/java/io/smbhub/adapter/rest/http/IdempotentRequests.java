package io.smbhub.adapter.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.idempotency.IdempotencyUseCase;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for every POST that creates or triggers (spec smb-hub-prd.md 12.1): the operation
 * runs through {@link IdempotencyUseCase} as {@code "<METHOD> <route template>"} with a SHA-256 fingerprint
 * of path and raw body, and returns a result text (the created or affected object's id); the response is
 * then built from that result by loading the view, with the same status as the first time and
 * {@code Idempotent-Replayed: true} on a replay. The same key with another body is a 409 {@code CONFLICT}.
 */
@Singleton
public final class IdempotentRequests {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotencyUseCase idempotency;

    public IdempotentRequests(IdempotencyUseCase idempotency) {
        this.idempotency = idempotency;
    }

    /**
     * @param operation performs the call and returns its result text; runs at most once per key
     * @param view      turns the (possibly replayed) result text into the response data
     */
    public <T> MutableHttpResponse<Envelope<T>> respond(Actor actor, HttpRequest<?> request, @Nullable String body,
                                                        HttpStatus status, Supplier<String> operation,
                                                        Function<String, T> view) {
        String operationName = request.getMethodName() + " "
                + BasicHttpAttributes.getUriTemplate(request).orElse(request.getPath());
        String key = request.getHeaders().get(KEY_HEADER);
        IdempotencyUseCase.Outcome outcome = idempotency.run(actor, operationName, key, fingerprint(request, body), operation);
        MutableHttpResponse<Envelope<T>> response = HttpResponse.<Envelope<T>>status(status)
                .body(Responses.envelope(request, view.apply(outcome.result())));
        if (outcome.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response;
    }

    /** SHA-256 (hex) of method, path and raw body. */
    static String fingerprint(HttpRequest<?> request, @Nullable String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethodName() + " " + request.getPath() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
