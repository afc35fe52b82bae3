package io.smbhub.application.service.portal;

import java.util.regex.Pattern;

/**
 * The secret of a portal link (spec smb-hub-prd.md 12.6): 256 random bits from {@code TokenGenerator}, base64url
 * without padding (43 characters), carrying nothing else (no tenant or document id). Only its SHA-256 hash is
 * stored.
 */
final class PortalSecrets {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private PortalSecrets() {
    }

    /** True when {@code token} has the shape of a secret we issue; anything else is refused without a lookup. */
    static boolean wellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    /** The SHA-256 of the token's UTF-8 bytes, as 64 lowercase hex characters (the stored form). */
    static String hash(String token) {
        return io.smbhub.application.service.support.Sha256.hex(token);
    }
}
