package io.smbhub.adapter.rest.http;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids in the path: a malformed UUID cannot name an existing object, so it is a 404 {@code NOT_FOUND} with
 * the same message the core uses for a missing one ({@code "Invoice abc was not found"}).
 */
public final class PathIds {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PathIds() {
    }

    public static UUID parse(String what, String text) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            throw ApiException.notFound(what + " " + JsonObject.abbreviate(String.valueOf(text)) + " was not found");
        }
        return UUID.fromString(text);
    }
}
