package io.smbhub.application.port.in;

import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.util.Objects;

/**
 * Who is acting: the tenant and user from the verified credential (never from a request payload), the
 * member's role, and the request id used for audit and log correlation. First argument of every use case.
 */
public record Actor(TenantId tenantId, UserId userId, Role role, String requestId) {
    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        requestId = requestId == null ? "" : requestId;
    }
}
