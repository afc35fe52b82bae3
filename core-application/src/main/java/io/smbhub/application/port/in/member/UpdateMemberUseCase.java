package io.smbhub.application.port.in.member;

import io.smbhub.application.port.in.Actor;

/**
 * Change a member's role or enable/disable them (OWNER/ADMIN; rules of {@code TeamPolicy}: only an OWNER grants,
 * removes or touches the OWNER role; the last active OWNER stays; nobody changes their own membership except an
 * OWNER stepping down while another active OWNER remains). The change applies to the member's next request.
 * Audited as {@code member.role_changed}, {@code member.disabled}, {@code member.enabled} with before/after.
 * Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code CONFLICT} (last owner, stale version),
 * {@code VALIDATION_ERROR}.
 */
public interface UpdateMemberUseCase {
    MemberView update(Actor actor, UpdateMemberCommand command);
}
