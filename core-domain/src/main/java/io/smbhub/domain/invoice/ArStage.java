package io.smbhub.domain.invoice;

import java.util.List;
import java.util.Optional;

/**
 * How far an unpaid invoice has gone through automated collections (issue 5 {@code Invoice.ar_stage}; spec
 * smb-hub-prd.md 3.11, enterprise-business-os.md feature 12 "Automated Dunning"): NONE → REMINDER_1 → REMINDER_2 →
 * FINAL, one email per stage, never backwards. After FINAL a COLLECTION work item follows.
 *
 * <p>The profile's {@code automations.ar_reminders.days_after_due} (1 to 3 increasing days, default 3/7/14) maps to
 * stages from the end: the last day is FINAL, the ones before it REMINDER_1 and REMINDER_2. With two days they are
 * REMINDER_1 and FINAL; with one, FINAL only.
 */
public enum ArStage {
    NONE, REMINDER_1, REMINDER_2, FINAL;

    /**
     * The stage an invoice {@code daysOverdue} days past its due date should have reached under {@code daysAfterDue},
     * or empty when no reminder is due yet.
     */
    public static Optional<ArStage> dueAt(long daysOverdue, List<Integer> daysAfterDue) {
        ArStage reached = null;
        for (int i = 0; i < daysAfterDue.size(); i++) {
            if (daysOverdue >= daysAfterDue.get(i)) {
                reached = stageFor(i, daysAfterDue.size());
            }
        }
        return Optional.ofNullable(reached);
    }

    /** The stage of schedule entry {@code index} (0-based) in a schedule of {@code size} entries. */
    public static ArStage stageFor(int index, int size) {
        if (index == size - 1) {
            return FINAL;
        }
        return index == 0 ? REMINDER_1 : REMINDER_2;
    }
}
