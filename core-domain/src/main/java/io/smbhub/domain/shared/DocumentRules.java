package io.smbhub.domain.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * Rules shared by quotes and invoices: a document holds at most {@value #MAX_LINES} line items, all in
 * its currency, and notes/terms of at most 10 000 characters each.
 */
public final class DocumentRules {

    public static final int MAX_LINES = 200;

    private DocumentRules() {
    }

    /** Checks currency, lines, free text and that {@code end} is not before {@code start}; adds details to {@code v}. */
    public static void check(Validation v, String currency, List<LineItem> lines, String notes, String terms,
                             LocalDate start, LocalDate end, String startField, String endField) {
        v.capture("", () -> Money.minorUnits(currency));
        v.check(lines.size() > MAX_LINES, "line_items", "At most " + MAX_LINES + " line items");
        for (int i = 0; i < lines.size(); i++) {
            if (currency != null && !lines.get(i).currency().equals(currency)) {
                v.add("line_items[" + i + "]", "Line item is in " + lines.get(i).currency() + " but the document is in " + currency);
            }
        }
        v.check(notes != null && notes.length() > 10_000, "notes", "Notes are longer than 10000 characters")
                .check(terms != null && terms.length() > 10_000, "terms", "Terms are longer than 10000 characters")
                .check(start != null && end != null && end.isBefore(start), endField,
                        endField + " must be on or after " + startField);
    }
}
