package io.smbhub.application.port.in.identity;

import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.shared.UserId;

/**
 * Maps a verified token of an external identity provider (OIDC) to a member: the organisation claim names
 * the tenant ({@code Tenant.externalOrgId}); the user id and role come from the token. Errors:
 * {@code UNAUTHORIZED} when no tenant has that organisation id.
 */
public interface ExternalIdentityUseCase {
    Identity resolve(String externalOrgId, UserId userId, Role role);
}
