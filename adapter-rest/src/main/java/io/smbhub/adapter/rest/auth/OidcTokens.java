package io.smbhub.adapter.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.smbhub.application.port.in.identity.ExternalIdentityUseCase;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.shared.UserId;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Tokens of an external OIDC issuer (spec smb-hub-prd.md 12.1, e.g. Clerk), when configured: verified with
 * the issuer's remote JWKS (cached, refreshed and rate-limited by Nimbus' {@link JWKSourceBuilder}), RS256
 * or ES256 only, exact issuer, audience when configured, expiry with 60 s skew. The organisation claim
 * names the tenant (through {@link ExternalIdentityUseCase}); the user id is the name-based UUID of
 * {@code issuer + "|" + sub}; the role claim is owner/admin/staff/agent/viewer (case-insensitive, an
 * {@code org:} prefix ignored), anything else VIEWER.
 */
@Singleton
public final class OidcTokens {

    private static final Logger LOG = LoggerFactory.getLogger(OidcTokens.class);

    private final AuthSettings settings;
    private final BeanProvider<ExternalIdentityUseCase> externalIdentity;
    @Nullable
    private final ConfigurableJWTProcessor<SecurityContext> processor;

    /** The identity port is looked up on first use, so the filter chain starts even before the core is wired. */
    public OidcTokens(AuthSettings settings, BeanProvider<ExternalIdentityUseCase> externalIdentity) {
        this.settings = settings;
        this.externalIdentity = externalIdentity;
        this.processor = settings.oidcEnabled() ? processor(settings) : null;
    }

    /** True when {@code issuer} is the configured external issuer. */
    public boolean accepts(@Nullable String issuer) {
        return processor != null && settings.oidcIssuer().equals(issuer);
    }

    /** Errors: {@code UNAUTHORIZED} for an invalid token or an organisation without a tenant. */
    public Identity verify(String token) {
        if (processor == null) {
            throw unauthorized();
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.debug("OIDC token refused: {}", e.getMessage());
            throw unauthorized();
        }
        String org;
        String roleText;
        try {
            org = claims.getStringClaim(settings.oidcTenantClaim());
            roleText = claims.getStringClaim(settings.oidcRoleClaim());
        } catch (ParseException e) {
            throw unauthorized();
        }
        if (org == null || org.isBlank()) {
            throw new DomainException(ErrorCode.UNAUTHORIZED,
                    "The token names no organisation (claim " + settings.oidcTenantClaim() + "); choose an organisation and sign in again");
        }
        UserId user = userId(settings.oidcIssuer(), claims.getSubject());
        return externalIdentity.get().resolve(org, user, role(roleText));
    }

    /** The stable user id of an external subject: a name-based UUID of {@code issuer|sub}. */
    public static UserId userId(String issuer, String subject) {
        return new UserId(UUID.nameUUIDFromBytes((issuer + "|" + subject).getBytes(StandardCharsets.UTF_8)));
    }

    /** owner/admin/staff/agent/viewer, case-insensitive, with an optional {@code org:} prefix; otherwise VIEWER. */
    public static Role role(@Nullable String text) {
        if (text == null) {
            return Role.VIEWER;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith("ORG:")) {
            name = name.substring(4);
        }
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Role.VIEWER;
        }
    }

    private static ConfigurableJWTProcessor<SecurityContext> processor(AuthSettings settings) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(URI.create(settings.oidcJwksUrl()).toURL()).retrying(true).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("smbhub.auth.oidc.jwks-url is not a URL: " + settings.oidcJwksUrl(), e);
        }
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                settings.oidcAudience() == null ? null : Set.of(settings.oidcAudience()),
                new JWTClaimsSet.Builder().issuer(settings.oidcIssuer()).build(),
                Set.of("sub", "exp"), Set.of());
        claims.setMaxClockSkew(AccessTokens.CLOCK_SKEW_SECONDS);
        p.setJWTClaimsSetVerifier(claims);
        return p;
    }

    private static DomainException unauthorized() {
        return new DomainException(ErrorCode.UNAUTHORIZED, "The access token is invalid or expired; sign in again");
    }
}
