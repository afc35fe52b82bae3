package io.smbhub.adapter.files;

import io.smbhub.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * The object-key rule of the {@code FileStorage} port, shared by both adapters so a key accepted by one is accepted
 * by the other: one to 1024 characters, '/'-separated segments of {@code [A-Za-z0-9._-]}, no empty segment (so no
 * leading, trailing or doubled '/'), and no {@code .} or {@code ..} segment.
 */
final class ObjectKeys {

    /** S3's own limit on key length (bytes; our keys are ASCII, so characters). */
    static final int MAX_LENGTH = 1024;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    private ObjectKeys() {
    }

    /**
     * Returns {@code key} unchanged when it follows the rule.
     *
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code key} naming what is wrong with it
     */
    static String requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw DomainException.invalid("key", "File key is empty; give a relative path such as tenants/<id>/files/<name>");
        }
        if (key.length() > MAX_LENGTH) {
            throw DomainException.invalid("key", "File key is " + key.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty()) {
                throw DomainException.invalid("key", "File key '" + key + "' has an empty path segment (leading, "
                        + "trailing or doubled '/'); keys are relative paths like tenants/<id>/files/<name>");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw DomainException.invalid("key", "File key '" + key + "' contains a '" + segment
                        + "' segment; keys may not navigate the directory tree");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                throw DomainException.invalid("key", "File key '" + printable(key) + "' has a segment with characters "
                        + "other than letters, digits, '.', '_' and '-'; rename the object");
            }
        }
        return key;
    }

    /** The key with control characters escaped, so a hostile key cannot forge log lines or messages. */
    private static String printable(String key) {
        StringBuilder out = new StringBuilder(key.length());
        key.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
