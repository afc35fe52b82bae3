package io.smbhub.domain.shared;

/**
 * The family an {@link ErrorCode} belongs to; adapters map a category to a transport status in one
 * place (REST: VALIDATION→422, NOT_FOUND→404, FORBIDDEN→403, UNAUTHENTICATED→401, CONFLICT→409,
 * CAPABILITY_DISABLED→403, PROVIDER→502, RATE_LIMITED→429, UNAVAILABLE→503).
 */
public enum ErrorCategory {
    VALIDATION, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, CONFLICT, CAPABILITY_DISABLED, PROVIDER, RATE_LIMITED, UNAVAILABLE
}
