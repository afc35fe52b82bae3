package io.smbhub.domain.inbox;

import java.util.List;

/**
 * The default email templates every tenant starts with (issue 5 "default per profile"): one per
 * {@link MessagePurpose} except REPLY, worded for the profile — a shop ({@code retail_pos}) and a restaurant speak of
 * orders, everyone else of work. A tenant's own default template for a purpose replaces the built-in one.
 */
public final class BuiltInTemplates {

    private BuiltInTemplates() {
    }

    /** The built-in template of {@code purpose} for a tenant on {@code profileId} (never null for a purpose but REPLY). */
    public static MessageTemplate.Content of(MessagePurpose purpose, String profileId) {
        boolean orders = "retail_pos".equals(profileId) || "restaurant".equals(profileId);
        String thanks = orders ? "Thank you for your order." : "Thank you for your business.";
        return switch (purpose) {
            case QUOTE_SENT -> content(TemplateType.QUOTE, purpose, "Quote email",
                    "Quote {{quote_number}} from {{business_name}}",
                    """
                    Hello {{contact_name}},

                    {{personal_message}}

                    Please find quote {{quote_number}} for {{quote_total}} attached, valid until {{valid_until}}.
                    You can review and approve it online: {{portal_url}}

                    Kind regards,
                    {{sender_name}}""");
            case INVOICE_SENT -> content(TemplateType.INVOICE, purpose, "Invoice email",
                    "Invoice {{invoice_number}} from {{business_name}}",
                    """
                    Hello {{contact_name}},

                    {{personal_message}}

                    Please find invoice {{invoice_number}} for {{invoice_total}} attached. Amount due: {{amount_due}}, by {{due_date}}.
                    View and pay online: {{portal_url}}

                    %s

                    {{sender_name}}""".formatted(thanks));
            case AR_REMINDER_1 -> content(TemplateType.INVOICE, purpose, "Friendly payment reminder",
                    "Reminder: invoice {{invoice_number}} is due",
                    """
                    Hello {{contact_name}},

                    A friendly reminder that invoice {{invoice_number}} ({{amount_due}} due on {{due_date}}) is still open.
                    If you have already paid, please ignore this message. Otherwise you can pay online: {{portal_url}}

                    Kind regards,
                    {{sender_name}}""");
            case AR_REMINDER_2 -> content(TemplateType.INVOICE, purpose, "Second payment reminder",
                    "Second reminder: invoice {{invoice_number}} is {{days_overdue}} days overdue",
                    """
                    Hello {{contact_name}},

                    Invoice {{invoice_number}} is now {{days_overdue}} days overdue; {{amount_due}} is still due.
                    Please pay at your earliest convenience: {{portal_url}}
                    If something is wrong with the invoice, just reply to this email.

                    Kind regards,
                    {{sender_name}}""");
            case AR_REMINDER_FINAL -> content(TemplateType.INVOICE, purpose, "Final payment reminder",
                    "Final reminder: invoice {{invoice_number}} ({{amount_due}} overdue)",
                    """
                    Hello {{contact_name}},

                    Despite our earlier reminders, invoice {{invoice_number}} is {{days_overdue}} days overdue with {{amount_due}} outstanding.
                    Please pay now to avoid further collection steps: {{portal_url}}
                    Reply to this email if you would like to discuss a payment plan.

                    {{sender_name}}""");
            case AR_REMINDER_MANUAL -> content(TemplateType.INVOICE, purpose, "Payment reminder",
                    "Payment reminder: invoice {{invoice_number}}",
                    """
                    Hello {{contact_name}},

                    This is a reminder that invoice {{invoice_number}} has {{amount_due}} due (due date {{due_date}}).
                    You can pay online: {{portal_url}}

                    Kind regards,
                    {{sender_name}}""");
            case REPLY -> throw new IllegalArgumentException("Replies have no built-in template");
        };
    }

    private static MessageTemplate.Content content(TemplateType type, MessagePurpose purpose, String name, String subject,
                                                   String body) {
        return new MessageTemplate.Content(type, purpose, name, subject, body, true, List.of());
    }
}
