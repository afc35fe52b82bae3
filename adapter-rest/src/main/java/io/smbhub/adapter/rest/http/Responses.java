package io.smbhub.adapter.rest.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.smbhub.application.port.in.Page;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Success responses in the envelope: {@code 200} with {@code data}, or a page with {@code meta.cursor}. */
public final class Responses {

    private Responses() {
    }

    public static <T> Envelope<T> envelope(HttpRequest<?> request, T data) {
        return new Envelope<>(data, new Meta(RequestContext.requestId(request), null));
    }

    public static <T> MutableHttpResponse<Envelope<T>> ok(HttpRequest<?> request, T data) {
        return HttpResponse.ok(envelope(request, data));
    }

    /** A list page: the mapped items in {@code data}, the next page's cursor (null on the last) in {@code meta.cursor}. */
    public static <V, T> MutableHttpResponse<Envelope<List<T>>> page(HttpRequest<?> request, Page<V> page, Function<V, T> mapper) {
        List<T> items = page.items().stream().map(mapper).toList();
        return HttpResponse.ok(new Envelope<>(items, new Meta(RequestContext.requestId(request), page.nextCursor())));
    }

    /**
     * 200 with the result of a versioned update; when the client's {@code if_match_version} was stale (the
     * core answers {@code CONFLICT}), throws {@link StaleVersionException} carrying {@code latest} so the 409
     * also returns the object as it is now.
     */
    public static <T> MutableHttpResponse<Envelope<T>> updated(HttpRequest<?> request, Long expectedVersion,
                                                               Supplier<T> update, Supplier<T> latest) {
        try {
            return ok(request, update.get());
        } catch (DomainException e) {
            if (e.code() != ErrorCode.CONFLICT || expectedVersion == null) {
                throw e;
            }
            throw new StaleVersionException(e, latest.get());
        }
    }
}
