package io.smbhub.adapter.rest.auth;

import com.nimbusds.jwt.JWTParser;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.text.ParseException;

/**
 * Turns a bearer token into a verified {@link Identity}: the (unverified) issuer only chooses which verifier
 * runs — our own {@link AccessTokens} or the configured {@link OidcTokens}; every claim used comes from the
 * verified token. Errors: {@code UNAUTHORIZED}.
 */
@Singleton
public final class TokenAuthenticator {

    private final AccessTokens accessTokens;
    private final OidcTokens oidcTokens;

    public TokenAuthenticator(AccessTokens accessTokens, OidcTokens oidcTokens) {
        this.accessTokens = accessTokens;
        this.oidcTokens = oidcTokens;
    }

    public Identity authenticate(String token) {
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw new DomainException(ErrorCode.UNAUTHORIZED, "The access token is malformed; log in again");
        }
        return oidcTokens.accepts(issuer) ? oidcTokens.verify(token) : accessTokens.verify(token);
    }
}
