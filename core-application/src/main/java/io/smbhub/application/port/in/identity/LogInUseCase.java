package io.smbhub.application.port.in.identity;

/**
 * Check email and password and return the member's identity (spec smb-hub-prd.md 12.1 "Auth & Tenancy"): in the
 * business named by {@link LogInCommand#tenantId()}, or else in the account's oldest ACTIVE membership. Errors:
 * {@code UNAUTHORIZED} with the same message whether the email or the password was wrong; {@code UNAUTHORIZED}
 * when the account has no ACTIVE membership (in the chosen business).
 */
public interface LogInUseCase {
    Identity logIn(LogInCommand command);

    /** {@link #logIn(LogInCommand)} in the account's oldest ACTIVE membership. */
    default Identity logIn(String email, String password) {
        return logIn(new LogInCommand(email, password, null));
    }
}
