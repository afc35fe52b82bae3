package io.smbhub.domain.profile;

import java.util.List;

/**
 * The accounts-receivable reminder schedule of a profile (spec smb-hub-prd.md 8.2.3
 * {@code automations.ar_reminders}, 9.5.1): whether reminders are sent, and on which days after an invoice's
 * due date (1 to 3 strictly increasing days from 1 to 365). The days are kept when reminders are disabled, so
 * switching them back on restores the schedule.
 */
public record ArReminders(boolean enabled, List<Integer> daysAfterDue) {
    public ArReminders {
        daysAfterDue = List.copyOf(daysAfterDue);
    }
}
