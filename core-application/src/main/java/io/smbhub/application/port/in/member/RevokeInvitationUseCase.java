package io.smbhub.application.port.in.member;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.tenant.InvitationId;

/**
 * Revoke a PENDING invitation so its token no longer works (OWNER/ADMIN); audited as {@code invitation.revoked}.
 * Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code INVALID_TRANSITION} when it was already accepted or revoked.
 */
public interface RevokeInvitationUseCase {
    InvitationView revoke(Actor actor, InvitationId id);
}
