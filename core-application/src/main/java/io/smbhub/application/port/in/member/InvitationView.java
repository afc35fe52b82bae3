package io.smbhub.application.port.in.member;

import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.MemberInvitation;
import io.smbhub.domain.tenant.Role;

import java.time.Instant;
import java.util.UUID;

/**
 * A member invitation as clients read it, without its token: status, whether it has {@code expired} (a PENDING
 * invitation past {@code expiresAt} can no longer be accepted), who invited and who accepted (user ids, may be
 * {@code null}); times UTC; {@code version} of the stored row.
 */
public record InvitationView(UUID id, String email, Role role, InvitationStatus status, boolean expired,
                             Instant expiresAt, UUID invitedBy, UUID acceptedBy, Instant createdAt, Instant updatedAt,
                             long version) {
    /** The view of {@code i} at {@code version}, {@code expired} as of {@code now}. */
    public static InvitationView of(MemberInvitation i, long version, Instant now) {
        return new InvitationView(i.id().value(), i.email(), i.role(), i.status(),
                i.status() == InvitationStatus.PENDING && i.isExpired(now), i.expiresAt(),
                i.invitedBy() == null ? null : i.invitedBy().value(),
                i.acceptedBy() == null ? null : i.acceptedBy().value(), i.createdAt(), i.updatedAt(), version);
    }
}
