package io.smbhub.application.port.in.identity;

import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

/** An authenticated member: tenant, user and role; the REST adapter puts these in a signed token. */
public record Identity(TenantId tenantId, UserId userId, Role role) {
}
