package io.smbhub.application.port.in;

import io.smbhub.domain.shared.DomainException;

/**
 * A page of a list (spec smb-hub-prd.md 12.1 "Pagination"): {@code limit} 1–100 (default 20) and the
 * opaque {@code cursor} from the previous page ({@code null} for the first). Lists are newest first and
 * keyset-paginated, so a page never repeats or skips rows when new ones are inserted meanwhile.
 * Errors: {@code VALIDATION_ERROR} on {@code limit}.
 */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, null);
    }

    /** {@code limit} or the default when null, and the cursor. */
    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor == null || cursor.isBlank() ? null : cursor);
    }
}
