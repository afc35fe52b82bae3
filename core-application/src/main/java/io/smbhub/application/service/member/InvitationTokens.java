package io.smbhub.application.service.member;

import io.smbhub.domain.shared.TenantId;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invitation token format {@code <tenant uuid>.<secret>}: the tenant part lets acceptance bind the tenant
 * (row-level security) before looking the token up, so no lookup ever crosses tenants; the secret is a
 * {@code TokenGenerator} secret (base64url). Only {@link #hash} of the whole token is stored.
 */
final class InvitationTokens {

    /** Canonical lower- or upper-case UUID, a dot, then 16 to 128 base64url characters. */
    private static final Pattern FORMAT = Pattern.compile(
            "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\.[A-Za-z0-9_-]{16,128}");

    private InvitationTokens() {
    }

    static String token(TenantId tenant, String secret) {
        return tenant.value() + "." + secret;
    }

    /** The tenant a well-formed token names; empty for anything malformed. */
    static Optional<TenantId> tenantOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(token);
        return m.matches() ? Optional.of(new TenantId(UUID.fromString(m.group(1)))) : Optional.empty();
    }

    /** SHA-256 of the token's UTF-8 bytes, lower-case hex (64 characters). */
    static String hash(String token) {
        return io.smbhub.application.service.support.Sha256.hex(token);
    }
}
