package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/** A user's membership of one tenant with a role (spec smb-hub-prd.md 2.1, unique per tenant and user). */
public record TenantMember(TenantId tenantId, UserId userId, Role role, MemberStatus status, Instant createdAt) {
    public TenantMember {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }
}
