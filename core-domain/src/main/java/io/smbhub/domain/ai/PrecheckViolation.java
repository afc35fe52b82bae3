package io.smbhub.domain.ai;

/**
 * One broken SOP rule (issue 6 pre-check answer {@code violations[]}): {@code rule} — the rule's code;
 * {@code field} — the document field at fault in request naming (e.g. {@code line_items[1].tax_rate},
 * {@code due_date}, {@code total}), or null for the whole document; {@code message} — what is wrong and the rule.
 */
public record PrecheckViolation(String rule, String field, String message) {
}
