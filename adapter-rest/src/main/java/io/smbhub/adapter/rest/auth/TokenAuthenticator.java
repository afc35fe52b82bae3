package io.smbhub.adapter.rest.auth;

import com.nimbusds.jwt.JWTParser;
import io.micronaut.context.BeanProvider;
import io.smbhub.application.port.in.identity.CurrentMemberUseCase;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.text.ParseException;

/**
 * Turns a bearer token into a verified {@link Identity}: the (unverified) issuer only chooses which verifier
 * runs — our own {@link AccessTokens} or the configured {@link OidcTokens}; every claim used comes from the
 * verified token. For our own tokens only the tenant and user are taken from the token: the role and the ACTIVE
 * status are read live from the membership through {@link CurrentMemberUseCase} on every request, so a demotion
 * applies at once and a disabled or removed member is refused. An external issuer's identity keeps the role of
 * its verified claim. Errors: {@code UNAUTHORIZED}.
 */
@Singleton
public final class TokenAuthenticator {

    private final AccessTokens accessTokens;
    private final OidcTokens oidcTokens;
    private final BeanProvider<CurrentMemberUseCase> currentMember;

    /** The membership port is looked up on first use, so the filter chain starts even before the core is wired. */
    public TokenAuthenticator(AccessTokens accessTokens, OidcTokens oidcTokens,
                              BeanProvider<CurrentMemberUseCase> currentMember) {
        this.accessTokens = accessTokens;
        this.oidcTokens = oidcTokens;
        this.currentMember = currentMember;
    }

    public Identity authenticate(String token) {
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw new DomainException(ErrorCode.UNAUTHORIZED, "The access token is malformed; log in again");
        }
        if (oidcTokens.accepts(issuer)) {
            return oidcTokens.verify(token);
        }
        Identity claimed = accessTokens.verify(token);
        return currentMember.get().current(claimed.tenantId(), claimed.userId());
    }
}
