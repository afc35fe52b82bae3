package io.smbhub.application.port.in.identity;

/**
 * Create a tenant and its OWNER in one transaction. Errors: {@code VALIDATION_ERROR} (fields),
 * {@code CONFLICT} (email already registered).
 */
public interface SignUpUseCase {
    Identity signUp(SignUpCommand command);
}
