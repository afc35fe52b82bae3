package io.smbhub.application.service.expense;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.service.support.ActionDecisions;
import io.smbhub.domain.expense.Expense;
import io.smbhub.domain.profile.EffectiveProfile;

import java.util.List;

import static io.smbhub.application.service.support.Checks.capability;
import static io.smbhub.application.service.support.Checks.permission;
import static io.smbhub.domain.profile.Capability.EXPENSES;
import static io.smbhub.domain.tenant.Permission.EXPENSES_APPROVE;
import static io.smbhub.domain.tenant.Permission.EXPENSES_WRITE;

/**
 * The expense actions and what allows each (spec smb-hub-prd.md 12.7, 2.2 "Expense capture"): members who capture
 * expenses update and submit them; OWNER and ADMIN approve and reject; the status decides the rest
 * ({@link io.smbhub.domain.expense.ExpenseStatus#TRANSITIONS}).
 */
public final class ExpenseActions {

    public static final String UPDATE = "update";
    public static final String SUBMIT = "submit";
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    /** Every expense action, in the order {@code allowed_actions} lists them. */
    public static final List<String> ALL = List.of(UPDATE, SUBMIT, APPROVE, REJECT);

    private ExpenseActions() {
    }

    /** The decisions for {@code actor} on {@code expense} (one the actor may see) under {@code profile}. */
    public static ActionDecisions decide(Actor actor, Expense expense, EffectiveProfile profile) {
        return ActionDecisions.builder()
                .action(UPDATE, permission(actor, EXPENSES_WRITE), capability(profile, EXPENSES), expense::refusalToRevise)
                .action(SUBMIT, permission(actor, EXPENSES_WRITE), capability(profile, EXPENSES), expense::refusalToSubmit)
                .action(APPROVE, permission(actor, EXPENSES_APPROVE), capability(profile, EXPENSES), expense::refusalToApprove)
                .action(REJECT, permission(actor, EXPENSES_APPROVE), capability(profile, EXPENSES), expense::refusalToReject)
                .build();
    }
}
