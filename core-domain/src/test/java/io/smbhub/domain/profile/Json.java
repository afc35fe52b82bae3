package io.smbhub.domain.profile;

import java.util.Map;

/** Test helper: JSON written with single quotes for readability in test rows. */
final class Json {
    private Json() {
    }

    /** Parses {@code text} after turning every {@code '} into {@code "}. */
    static Object value(String text) {
        return JsonTree.parse(text.replace('\'', '"'));
    }

    /** Parses an object written with single quotes. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(String text) {
        return (Map<String, Object>) value(text);
    }
}
