package io.smbhub.application.port.in.contact;

import io.smbhub.application.port.in.Actor;

import java.util.List;
import java.util.Map;

/**
 * Bulk import of contacts from parsed CSV rows. Good rows are created, bad rows are reported with their
 * line number and reasons, and rows matching an existing contact (same email, or same name and phone when
 * there is no email) are skipped, so importing the same file twice creates no duplicates.
 * Errors: {@code FORBIDDEN}; {@code VALIDATION_ERROR} when there are more than {@value #MAX_ROWS} rows.
 */
public interface ImportContactsUseCase {

    int MAX_ROWS = 10_000;

    /**
     * One data row: its physical line number in the file and its cells by lower-case header name
     * ({@code display_name}, {@code type}, {@code email}, {@code phone}, {@code company_name},
     * {@code address_line1}, {@code address_line2}, {@code city}, {@code region}, {@code postal_code},
     * {@code country}, {@code tags} separated by {@code ;}, {@code notes}).
     */
    record Row(long line, Map<String, String> cells) {
    }

    /** A rejected row: line number, field and reason. */
    record RowError(long line, String field, String message) {
    }

    /** The outcome: counts and the rejected rows. */
    record Report(int created, int skippedDuplicates, int rejected, List<RowError> errors) {
    }

    Report importContacts(Actor actor, List<Row> rows);
}
