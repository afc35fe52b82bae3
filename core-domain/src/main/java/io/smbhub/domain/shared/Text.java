package io.smbhub.domain.shared;

/** Small helpers for optional text fields: trim, and turn blank into {@code null}. */
public final class Text {
    private Text() {
    }

    /** {@code value} trimmed, or {@code null} when null or blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
