package io.smbhub.domain.ai;

import java.util.Objects;

/**
 * One distinct value a {@link PiiRedactor.Session} masked: its {@code type} ({@link PiiType} name or a custom pattern
 * name), the {@code placeholder} that replaced it (e.g. {@code [REDACTED_PHONE_2]}), the original {@code value} as
 * first seen, and how many {@code occurrences} were replaced. {@link #toString()} leaves the value out so a finding
 * can be logged or counted for metrics; never log {@link #value()}.
 */
public record Redaction(String type, String placeholder, String value, int occurrences) {
    public Redaction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "Redaction[" + placeholder + " x" + occurrences + "]";
    }
}
