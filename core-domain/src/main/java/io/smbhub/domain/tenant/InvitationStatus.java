package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.TransitionTable;

/**
 * Status of a {@link MemberInvitation} (spec smb-hub-prd.md 2.2 "Manage team & roles"): PENDING until it is
 * accepted once or revoked; both are final. Expiry is not a status: a PENDING invitation past its
 * {@code expiresAt} can no longer be accepted (see {@link MemberInvitation#isExpired}).
 */
public enum InvitationStatus {
    PENDING, ACCEPTED, REVOKED;

    public static final TransitionTable<InvitationStatus> TRANSITIONS = TransitionTable.of(InvitationStatus.class, "Invitation")
            .allow(PENDING, ACCEPTED, REVOKED)
            .build();
}
