package io.smbhub.application.port.out;

/**
 * Unguessable secrets for links sent to people (invitations, portal links): at least 128 bits from a
 * cryptographically secure random source, URL-safe text without padding.
 */
public interface TokenGenerator {
    /** A new secret of 256 random bits, base64url without padding (43 characters). */
    String newToken();
}
