package io.smbhub.domain.inbox;

import io.smbhub.domain.invoice.ArStage;

/**
 * Why the business sent an email, which also names the message template used (spec smb-hub-prd.md 2.1 Template,
 * 3.11 "AR reminders"): a quote or invoice send, an automated reminder stage, a manual reminder, or a member's
 * reply in a conversation. The wire value is the lower-case name ({@code invoice_sent}, {@code ar_reminder_1}…).
 */
public enum MessagePurpose {
    QUOTE_SENT, INVOICE_SENT, AR_REMINDER_1, AR_REMINDER_2, AR_REMINDER_FINAL, AR_REMINDER_MANUAL, REPLY;

    /** The purpose of the automated reminder at {@code stage}. Errors: IllegalArgumentException for NONE. */
    public static MessagePurpose reminder(ArStage stage) {
        return switch (stage) {
            case REMINDER_1 -> AR_REMINDER_1;
            case REMINDER_2 -> AR_REMINDER_2;
            case FINAL -> AR_REMINDER_FINAL;
            case NONE -> throw new IllegalArgumentException("No reminder at stage NONE");
        };
    }

    /** The wire value, e.g. {@code ar_reminder_1}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
