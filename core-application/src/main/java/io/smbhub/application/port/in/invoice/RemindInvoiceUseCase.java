package io.smbhub.application.port.in.invoice;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.InvoiceId;

import java.time.Instant;
import java.util.UUID;

/**
 * Manual payment reminder (spec smb-hub-prd.md 3.11 "Manual reminder button always"; issue 5): queues the reminder
 * email ({@code ar_reminder_manual} template, invoice PDF attached, portal link) in the outbox in the same transaction
 * as the audit entry; {@code ar_stage} is unchanged. Needs {@code DOCUMENTS_SEND}.
 * Errors: {@code INVALID_TRANSITION} (not SENT/PARTIALLY_PAID or nothing due), {@code VALIDATION_ERROR} on
 * {@code contact.email}, {@code RATE_LIMITED} when the invoice was reminded less than
 * {@link #MIN_INTERVAL_MINUTES} minutes ago, {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public interface RemindInvoiceUseCase {

    /** Least time between two reminders of one invoice, in minutes. */
    long MIN_INTERVAL_MINUTES = 60;

    ReminderView remind(Actor actor, InvoiceId id);

    /** The queued reminder: invoice, message and conversation ids, the send job, when (UTC). */
    record ReminderView(UUID invoiceId, UUID messageId, UUID conversationId, UUID jobId, Instant remindedAt) {
    }
}
