package io.smbhub.adapter.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.smbhub.application.port.in.PageRequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Query parameters: 400 {@code VALIDATION_ERROR} naming the parameter when one cannot be read. */
public final class QueryParams {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private QueryParams() {
    }

    @Nullable
    public static <E extends Enum<E>> E enumValue(String name, @Nullable String value, Class<E> type) {
        return blank(value) ? null : JsonObject.parseEnum(name, value, type);
    }

    @Nullable
    public static UUID uuid(String name, @Nullable String value) {
        if (blank(value)) {
            return null;
        }
        if (!UUID_TEXT.matcher(value.strip()).matches()) {
            throw ApiException.badRequest(name, name + " must be a UUID, got \"" + JsonObject.abbreviate(value) + "\"");
        }
        return UUID.fromString(value.strip());
    }

    /** An ISO-8601 instant with offset ({@code 2026-01-02T18:00:00Z}), or {@code null} when absent. */
    @Nullable
    public static Instant instant(String name, @Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, name + " must be an ISO-8601 time with offset like 2026-01-02T18:00:00Z, got \""
                    + JsonObject.abbreviate(value) + "\"");
        }
    }

    /** {@code limit} (default 20; 1–100 checked by the core) and the opaque {@code cursor}. */
    public static PageRequest page(@Nullable String limit, @Nullable String cursor) {
        Integer parsed = null;
        if (!blank(limit)) {
            try {
                parsed = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("limit", "limit must be a whole number, got \"" + JsonObject.abbreviate(limit) + "\"");
            }
        }
        return PageRequest.of(parsed, cursor);
    }

    @Nullable
    public static String text(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
