package io.smbhub.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.ErrorMapper;
import io.smbhub.adapter.rest.http.RequestContext;
import io.smbhub.adapter.rest.http.RequestIdFilter;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Requires {@code Authorization: Bearer <token>} on every {@code /v1} route except sign-up, login and accepting an
 * invitation, verifies it with {@link TokenAuthenticator}, and stores the {@link Actor} (tenant and user from the
 * verified token only, the role from the live membership for our own tokens or from the verified claim of an
 * external issuer; the request id) as a request attribute for {@link ActorArgumentBinder}; adds {@code tenant_id}
 * and {@code user_id} to the MDC. A missing or invalid token is a 401 {@code UNAUTHORIZED} in the error
 * envelope; so is a token of a member who was disabled or removed since it was issued. Runs on the blocking
 * executor: an external issuer's key set may have to be fetched, the organisation is mapped to a tenant and the
 * membership is read in the database.
 */
@ServerFilter("/v1/**")
public final class AuthFilter implements Ordered {

    /**
     * Routes under /v1 that need no token: accepting an invitation (the invitation token is the credential),
     * Stripe's webhook (its signature is the credential) and the inbound email endpoint (the deployment's
     * {@code INBOUND_EMAIL_SECRET} is the credential, checked by its controller).
     */
    static final Set<String> PUBLIC_PATHS = Set.of("/v1/auth/signup", "/v1/auth/login", "/v1/invitations/accept",
            "/v1/webhooks/stripe", "/v1/inbound/email");

    private static final String BEARER = "Bearer ";

    private final TokenAuthenticator authenticator;

    public AuthFilter(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request, MutablePropagatedContext context) {
        if (PUBLIC_PATHS.contains(request.getPath()) || request.getMethod() == HttpMethod.OPTIONS) {
            return null;
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        try {
            if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    || header.substring(BEARER.length()).isBlank()) {
                throw new DomainException(ErrorCode.UNAUTHORIZED,
                        "Send Authorization: Bearer <access token>; get a token from POST /v1/auth/login");
            }
            Identity identity = authenticator.authenticate(header.substring(BEARER.length()).strip());
            Actor actor = new Actor(identity.tenantId(), identity.userId(), identity.role(), RequestContext.requestId(request));
            request.setAttribute(RequestContext.ACTOR_ATTRIBUTE, actor);
            RequestContext.putMdc(request, context, Map.of(
                    "tenant_id", identity.tenantId().value().toString(),
                    "user_id", identity.userId().value().toString()));
            return null;
        } catch (DomainException e) {
            if (e.code() != ErrorCode.UNAUTHORIZED) {
                throw e;
            }
            return ErrorMapper.of(request, HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.name(), e.getMessage(), List.of())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
    }

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 100;
    }
}
