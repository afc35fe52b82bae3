package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.InvitationId;
import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.MemberInvitation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Member invitations (a tenant table; called inside {@code inTenant(tenant)}). Tokens are never stored, only
 * their SHA-256 hash, unique per tenant.
 */
public interface MemberInvitationRepository {
    /**
     * Inserts a new invitation (version 0) or updates one whose stored version still equals
     * {@code invitation.version()}; returns the new version. Errors: {@code CONFLICT} on a duplicate id or token
     * hash, or a stale version.
     */
    long save(MemberInvitation invitation);

    Optional<MemberInvitation> findById(TenantId tenant, InvitationId id);

    /** The invitation of {@code tenant} whose token hashes to {@code tokenHash}, in any status. */
    Optional<MemberInvitation> findByTokenHash(TenantId tenant, String tokenHash);

    /** PENDING invitations of {@code email} (lower case) in {@code tenant}, expired or not. */
    List<MemberInvitation> findPending(TenantId tenant, String email);

    /**
     * Invitations of {@code tenant}, optionally only those in {@code status}, id descending (newest first), ids
     * below {@code afterId} when given, at most {@code limit}.
     */
    List<MemberInvitation> list(TenantId tenant, InvitationStatus status, UUID afterId, int limit);
}
