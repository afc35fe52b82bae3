package io.smbhub.domain.shared;

/**
 * Kinds of numbered documents and their number format: prefix, dash, at least six digits
 * ({@code INV-000123}, {@code Q-000045}). Numbers are unique per tenant and never reused.
 */
public enum DocumentKind {
    INVOICE("INV"), QUOTE("Q");

    private final String prefix;

    DocumentKind(String prefix) {
        this.prefix = prefix;
    }

    /** Formats the {@code sequence}-th document number of this kind; sequence starts at 1. */
    public String format(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return String.format("%s-%06d", prefix, sequence);
    }
}
