package io.smbhub.adapter.rest.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Authentication configuration:
 * <ul>
 *   <li>{@code smbhub.auth.jwt-key-file} (default {@code ./data/jwt-signing-key.json}): the RSA signing key as a
 *       JWK JSON file; created with a new 2048-bit key when missing, so tokens stay valid across restarts;</li>
 *   <li>{@code smbhub.auth.token-ttl} (default {@code 1h}): lifetime of issued access tokens;</li>
 *   <li>{@code smbhub.auth.oidc.issuer}, {@code .jwks-url}, {@code .audience}: an external OIDC issuer whose
 *       tokens are accepted too (off unless issuer and jwks-url are set);</li>
 *   <li>{@code smbhub.auth.oidc.tenant-claim} (default {@code org_id}) and {@code .role-claim} (default
 *       {@code org_role}): the claims naming the organisation (mapped to a tenant) and the member's role.</li>
 * </ul>
 */
@Singleton
public final class AuthSettings {

    public static final String ISSUER = "smbhub";
    public static final String AUDIENCE = "smbhub-api";

    private final String keyFile;
    private final Duration tokenTtl;
    private final String oidcIssuer;
    private final String oidcJwksUrl;
    private final String oidcAudience;
    private final String oidcTenantClaim;
    private final String oidcRoleClaim;

    public AuthSettings(@Value("${smbhub.auth.jwt-key-file:./data/jwt-signing-key.json}") String keyFile,
                        @Value("${smbhub.auth.token-ttl:1h}") Duration tokenTtl,
                        @Value("${smbhub.auth.oidc.issuer:}") @Nullable String oidcIssuer,
                        @Value("${smbhub.auth.oidc.jwks-url:}") @Nullable String oidcJwksUrl,
                        @Value("${smbhub.auth.oidc.audience:}") @Nullable String oidcAudience,
                        @Value("${smbhub.auth.oidc.tenant-claim:org_id}") String oidcTenantClaim,
                        @Value("${smbhub.auth.oidc.role-claim:org_role}") String oidcRoleClaim) {
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("smbhub.auth.token-ttl must be positive, got " + tokenTtl);
        }
        this.keyFile = keyFile;
        this.tokenTtl = tokenTtl;
        this.oidcIssuer = blankToNull(oidcIssuer);
        this.oidcJwksUrl = blankToNull(oidcJwksUrl);
        this.oidcAudience = blankToNull(oidcAudience);
        this.oidcTenantClaim = oidcTenantClaim;
        this.oidcRoleClaim = oidcRoleClaim;
        if (ISSUER.equals(this.oidcIssuer)) {
            throw new IllegalArgumentException("smbhub.auth.oidc.issuer must differ from the built-in issuer " + ISSUER);
        }
        if ((this.oidcIssuer == null) != (this.oidcJwksUrl == null)) {
            throw new IllegalArgumentException("Set both smbhub.auth.oidc.issuer and smbhub.auth.oidc.jwks-url, or neither");
        }
    }

    public String keyFile() { return keyFile; }
    public Duration tokenTtl() { return tokenTtl; }
    public boolean oidcEnabled() { return oidcIssuer != null; }
    @Nullable public String oidcIssuer() { return oidcIssuer; }
    @Nullable public String oidcJwksUrl() { return oidcJwksUrl; }
    @Nullable public String oidcAudience() { return oidcAudience; }
    public String oidcTenantClaim() { return oidcTenantClaim; }
    public String oidcRoleClaim() { return oidcRoleClaim; }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
