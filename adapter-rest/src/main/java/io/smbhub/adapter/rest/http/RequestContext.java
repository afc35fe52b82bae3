package io.smbhub.adapter.rest.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.smbhub.application.port.in.Actor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-request values kept as request attributes: the request id (set by {@link RequestIdFilter}), the
 * authenticated {@link Actor} (set by the auth filter from the verified token only) and the SLF4J MDC
 * entries ({@code request_id}, {@code tenant_id}, {@code user_id}) propagated to whichever thread runs the request.
 */
public final class RequestContext {

    public static final String REQUEST_ID_ATTRIBUTE = "smbhub.request-id";
    public static final String ACTOR_ATTRIBUTE = "smbhub.actor";
    private static final String MDC_ATTRIBUTE = "smbhub.mdc";

    private RequestContext() {
    }

    /** The request id, or {@code "unknown"} when the request id filter did not run. */
    public static String requestId(HttpRequest<?> request) {
        return request == null ? "unknown"
                : request.getAttribute(REQUEST_ID_ATTRIBUTE, String.class).orElse("unknown");
    }

    public static Optional<Actor> actor(HttpRequest<?> request) {
        return request.getAttribute(ACTOR_ATTRIBUTE, Actor.class);
    }

    /** Adds {@code entries} to the request's MDC and re-propagates it. */
    public static void putMdc(HttpRequest<?> request, MutablePropagatedContext context, Map<String, String> entries) {
        Optional<MdcPropagationContext> previous = request.getAttribute(MDC_ATTRIBUTE, MdcPropagationContext.class);
        Map<String, String> state = new HashMap<>(previous.map(MdcPropagationContext::state).orElse(Map.of()));
        state.putAll(entries);
        MdcPropagationContext next = new MdcPropagationContext(Map.copyOf(state));
        if (previous.isPresent()) {
            context.replace(previous.get(), next);
        } else {
            context.add(next);
        }
        request.setAttribute(MDC_ATTRIBUTE, next);
    }
}
