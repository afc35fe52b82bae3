package io.smbhub.adapter.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id} (ARCHITECTURE "REST conventions"): taken from the request when it looks sane (1–100
 * of {@code [A-Za-z0-9._-]}), otherwise generated as {@code req_<random>}; stored for the envelope's meta,
 * put in the SLF4J MDC as {@code request_id}, and echoed in the response header. Runs first, on every path.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIdFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final int ORDER = HIGHEST_PRECEDENCE + 1000;

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @RequestFilter
    public void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = sanitize(request.getHeaders().get(HEADER));
        request.setAttribute(RequestContext.REQUEST_ID_ATTRIBUTE, id);
        RequestContext.putMdc(request, context, Map.of("request_id", id));
    }

    @ResponseFilter
    public void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(HEADER, RequestContext.requestId(request));
    }

    /** The client's id when sane, else a new {@code req_…} id. */
    static String sanitize(@Nullable String candidate) {
        if (candidate != null && SANE.matcher(candidate).matches()) {
            return candidate;
        }
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return "req_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
