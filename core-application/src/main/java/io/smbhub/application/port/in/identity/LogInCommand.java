package io.smbhub.application.port.in.identity;

import io.smbhub.domain.shared.TenantId;

/**
 * Log in with email and password; {@code tenantId} optionally chooses which of the account's businesses the
 * token is for ({@code null}: the oldest ACTIVE membership).
 */
public record LogInCommand(String email, String password, TenantId tenantId) {
    @Override
    public String toString() {
        return "LogInCommand[email=" + email + ", password=***, tenantId=" + tenantId + "]";
    }
}
