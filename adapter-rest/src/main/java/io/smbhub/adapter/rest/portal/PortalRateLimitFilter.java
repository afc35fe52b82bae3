package io.smbhub.adapter.rest.portal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.smbhub.adapter.rest.http.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate limits on {@code /portal/**} (spec smb-hub-prd.md 12.6) with {@link PortalRateLimiter}: per client address,
 * {@code smbhub.portal.rate-limit.requests-per-minute} requests (default 30) and
 * {@code smbhub.portal.rate-limit.failures-per-minute} failed ones (404: a link that opened nothing; default 5),
 * for at most {@code smbhub.portal.rate-limit.max-clients} tracked clients (default 10000). A refused request gets
 * 429 with {@code Retry-After} (seconds) and a small HTML page.
 *
 * <p>The client address is the TCP peer's, unless {@code smbhub.portal.rate-limit.trust-forwarded-for} is true
 * (only behind a reverse proxy that sets it): then the last entry of {@code X-Forwarded-For}, the address the
 * proxy itself saw.
 */
@ServerFilter("/portal/**")
public final class PortalRateLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PortalRateLimitFilter.class);
    private static final String CLIENT_ATTRIBUTE = "smbhub.portal.client";
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final PortalRateLimiter limiter;
    private final boolean trustForwardedFor;
    private final PortalPages pages;

    public PortalRateLimitFilter(@Value("${smbhub.portal.rate-limit.requests-per-minute:30}") long requestsPerMinute,
                                 @Value("${smbhub.portal.rate-limit.failures-per-minute:5}") long failuresPerMinute,
                                 @Value("${smbhub.portal.rate-limit.max-clients:10000}") int maxClients,
                                 @Value("${smbhub.portal.rate-limit.trust-forwarded-for:false}") boolean trustForwardedFor,
                                 PortalPages pages) {
        this.limiter = new PortalRateLimiter(new PortalRateLimiter.Limits(requestsPerMinute, failuresPerMinute, maxClients));
        this.trustForwardedFor = trustForwardedFor;
        this.pages = pages;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> admit(HttpRequest<?> request) {
        String client = clientAddress(request);
        request.setAttribute(CLIENT_ATTRIBUTE, client);
        PortalRateLimiter.Decision decision = limiter.admit(client);
        if (decision.allowed()) {
            return null;
        }
        LOG.info("Portal request {} {} refused: rate limit of this client, retry after {} s", request.getMethodName(),
                request.getPath().replaceAll("/[A-Za-z0-9_-]{20,}", "/<token>"), decision.retryAfterSeconds());
        return PortalResponses.html(HttpStatus.TOO_MANY_REQUESTS, pages.tooManyRequests(decision.retryAfterSeconds()))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    }

    @ResponseFilter
    public void countFailures(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() == HttpStatus.NOT_FOUND.getCode()) {
            request.getAttribute(CLIENT_ATTRIBUTE, String.class).ifPresent(limiter::recordFailure);
        }
    }

    /** The peer's address, or the last {@code X-Forwarded-For} entry when trusted and present. */
    String clientAddress(HttpRequest<?> request) {
        if (trustForwardedFor) {
            String header = request.getHeaders().get(FORWARDED_FOR);
            if (header != null) {
                String[] hops = header.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 50;
    }
}
