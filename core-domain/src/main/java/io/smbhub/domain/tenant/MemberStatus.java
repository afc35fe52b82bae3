package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Status of a tenant membership (spec smb-hub-prd.md 2.1 "TenantMember"): only an ACTIVE member may sign in
 * to the tenant; a DISABLED one keeps its row (and its history) and can be enabled again. INVITED is kept for
 * stored rows; invitations themselves are {@link MemberInvitation}s.
 */
public enum MemberStatus {
    ACTIVE, INVITED, DISABLED;

    public static final TransitionTable<MemberStatus> TRANSITIONS = TransitionTable.of(MemberStatus.class, "Membership")
            .allow(INVITED, ACTIVE, DISABLED)
            .allow(ACTIVE, DISABLED)
            .allow(DISABLED, ACTIVE)
            .build();
}
