package io.smbhub.application.port.in.job;

/**
 * The collections scheduler's entry point (issue 5 "Automated AR reminders"; spec smb-hub-prd.md 3.11, 12.4): finds
 * every invoice, in every tenant, whose next automated reminder is due today in the tenant's timezone under its
 * profile's {@code automations.ar_reminders}, and enqueues one {@code AR_REMINDER_SEND} job per (invoice, stage) — the
 * job's idempotency key — so concurrent or repeated runs never enqueue a stage twice. Run by a system scheduler, not
 * a member.
 */
public interface CollectionsUseCase {

    /**
     * Evaluates due reminders now; returns how many invoices have a reminder stage due (each has its job; a stage whose
     * job has not run yet is counted again by the next run, but never enqueued twice).
     */
    int evaluateDueReminders();
}
