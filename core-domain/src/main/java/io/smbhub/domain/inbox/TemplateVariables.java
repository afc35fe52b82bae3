package io.smbhub.domain.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The variables each kind of template may use (issue 5). Every template may use {@code business_name},
 * {@code contact_name} and {@code sender_name}; document and reminder templates add the document's figures
 * (amounts as the number then the currency code, e.g. {@code 1500000 IDR} or {@code 120.50 USD}; dates ISO
 * {@code 2026-12-01}) and {@code portal_url} (the client portal link, filled in when the email is sent).
 */
public final class TemplateVariables {

    private static final List<String> COMMON = List.of("business_name", "contact_name", "sender_name");

    private TemplateVariables() {
    }

    /** The variables a template of {@code purpose} may use; a template without a purpose may use the common ones. */
    public static Set<String> of(MessagePurpose purpose) {
        Set<String> names = new LinkedHashSet<>(COMMON);
        if (purpose == null) {
            return names;
        }
        switch (purpose) {
            case QUOTE_SENT -> names.addAll(List.of("quote_number", "quote_total", "valid_until", "personal_message", "portal_url"));
            case INVOICE_SENT -> names.addAll(List.of("invoice_number", "invoice_total", "amount_due", "due_date",
                    "personal_message", "portal_url"));
            case AR_REMINDER_1, AR_REMINDER_2, AR_REMINDER_FINAL, AR_REMINDER_MANUAL -> names.addAll(List.of(
                    "invoice_number", "invoice_total", "amount_due", "due_date", "days_overdue", "portal_url"));
            case REPLY -> { }
        }
        return names;
    }
}
