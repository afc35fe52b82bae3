package io.smbhub.adapter.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/**
 * SMB Hub's own access tokens: JWTs signed RS256 with the key from {@link SigningKeyStore}, claims
 * {@code iss=smbhub}, {@code aud=smbhub-api}, {@code sub} (user id), {@code tid} (tenant id), {@code role},
 * {@code iat}, {@code exp}, {@code jti}. Verification pins RS256 (so {@code none} and HS256 are refused),
 * checks the signature, type, issuer, audience and expiry with 60 s clock skew. The {@code role} claim is the role
 * at issue time, for clients; requests are authorised with the live membership ({@link TokenAuthenticator}).
 */
@Singleton
public final class AccessTokens {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
    static final int CLOCK_SKEW_SECONDS = 60;

    /** A signed token and its lifetime. */
    public record Issued(String token, long expiresInSeconds) {
    }

    private final RSAKey key;
    private final RSASSASigner signer;
    private final Duration ttl;
    private final ConfigurableJWTProcessor<SecurityContext> processor;

    public AccessTokens(AuthSettings settings) {
        this.key = SigningKeyStore.loadOrCreate(Path.of(settings.keyFile()));
        this.ttl = settings.tokenTtl();
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with the configured RSA key", e);
        }
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(Set.of(AuthSettings.AUDIENCE),
                new JWTClaimsSet.Builder().issuer(AuthSettings.ISSUER).build(),
                Set.of("sub", "tid", "role", "iat", "exp"), Set.of());
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        p.setJWTClaimsSetVerifier(claims);
        this.processor = p;
    }

    /** A new access token for {@code identity}, valid for the configured TTL from now. */
    public Issued issue(Identity identity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(AuthSettings.ISSUER)
                .audience(AuthSettings.AUDIENCE)
                .subject(identity.userId().value().toString())
                .claim("tid", identity.tenantId().value().toString())
                .claim("role", identity.role().name())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return new Issued(jwt.serialize(), ttl.toSeconds());
    }

    /** The identity in a valid token of ours. Errors: {@code UNAUTHORIZED} for anything else. */
    public Identity verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return new Identity(new TenantId(UUID.fromString(claims.getStringClaim("tid"))),
                    new UserId(UUID.fromString(claims.getSubject())), Role.valueOf(claims.getStringClaim("role")));
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException | NullPointerException e) {
            LOG.debug("Access token refused: {}", e.getMessage());
            throw new DomainException(ErrorCode.UNAUTHORIZED, "The access token is invalid or expired; log in again");
        }
    }

    /** The public half of the signing key (e.g. for a JWKS endpoint or tests). */
    public RSAKey publicKey() {
        return key.toPublicJWK();
    }
}
