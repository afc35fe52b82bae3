package io.smbhub.application.service.support;

import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opaque keyset cursors: the base64url of the last row's id (ids are time-ordered, lists are newest
 * first). {@link #page} asks the store for one row more than the limit to know whether a next page exists.
 */
public final class Cursors {

    private Cursors() {
    }

    /** Store lookup: rows strictly older than {@code afterId} (null = from the newest), at most {@code limit}. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> fetch(UUID afterId, int limit);
    }

    /** Errors: {@code VALIDATION_ERROR} on {@code cursor} when it was not made by {@link #encode}. */
    public static UUID decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("cursor", "cursor is not valid; use the cursor from the previous page");
        }
    }

    public static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** One page of {@code fetch}, mapped to views, with the next cursor taken from the last row's id. */
    public static <T, V> Page<V> page(PageRequest request, Fetch<T> fetch, Function<T, UUID> idOf, Function<T, V> view) {
        PageRequest page = request == null ? PageRequest.first() : request;
        List<T> rows = fetch.fetch(decode(page.cursor()), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<T> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? encode(idOf.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
