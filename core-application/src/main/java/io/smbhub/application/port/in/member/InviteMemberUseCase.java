package io.smbhub.application.port.in.member;

import io.smbhub.application.port.in.Actor;

/**
 * Invite someone by email (spec smb-hub-prd.md 2.2 "Manage team & roles", OWNER/ADMIN): creates a PENDING
 * invitation valid for 7 days and returns it with its one-time token. A PENDING invitation of the same email is
 * revoked (replaced). Audited as {@code member.invited} (and {@code invitation.revoked} for a replaced one).
 * Errors: {@code FORBIDDEN} (not OWNER/ADMIN, or an ADMIN inviting an OWNER), {@code VALIDATION_ERROR} on
 * {@code email} or {@code role}, {@code CONFLICT} when the email already belongs to a member of the business.
 */
public interface InviteMemberUseCase {
    IssuedInvitation invite(Actor actor, InviteMemberCommand command);
}
