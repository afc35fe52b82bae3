package io.smbhub.application.port.in.member;

import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of the caller's business as clients read it (spec smb-hub-prd.md 2.1 "TenantMember"): the user, their
 * sign-in email ({@code null} only if the account is gone), role, status, when they joined and when the membership
 * last changed (UTC), and {@code version} for {@code if_match_version}.
 */
public record MemberView(UUID userId, String email, Role role, MemberStatus status, Instant joinedAt,
                         Instant updatedAt, long version) {
    public static MemberView of(TenantMember m, UserAccount account, long version) {
        return new MemberView(m.userId().value(), account == null ? null : account.email(), m.role(), m.status(),
                m.createdAt(), m.updatedAt(), version);
    }
}
