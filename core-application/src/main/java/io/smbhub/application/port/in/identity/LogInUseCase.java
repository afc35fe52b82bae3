package io.smbhub.application.port.in.identity;

/**
 * Check email and password and return the member's identity in its first active tenant. Errors:
 * {@code UNAUTHORIZED} with the same message whether the email or the password was wrong.
 */
public interface LogInUseCase {
    Identity logIn(String email, String password);
}
