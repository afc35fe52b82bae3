package io.smbhub.adapter.rest.portal;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.smbhub.adapter.rest.http.RequestIdFilter;

/**
 * Headers on every {@code /portal/**} response, errors and 429s included (spec smb-hub-prd.md 12.6): nothing is
 * cached ({@code Cache-Control: no-store}), the secret link never leaves for another site in a Referer
 * ({@code Referrer-Policy: same-origin}), search engines do not index ({@code X-Robots-Tag: noindex}), and the pages
 * run no scripts, load nothing from elsewhere and cannot be framed (Content-Security-Policy, {@code X-Frame-Options},
 * {@code X-Content-Type-Options}).
 *
 * <p>Why {@code same-origin} and not {@code no-referrer}: under {@code no-referrer} browsers send {@code Origin: null}
 * with the page's own form posts (Pay, Approve, Reject), and Micronaut's drive-by-localhost protection answers 403 to
 * such a post when the server runs on localhost. {@code same-origin} sends the Referer (and a real Origin) only to
 * this server, which issued the link anyway, and nothing to the payment provider or any other site.
 */
@ServerFilter("/portal/**")
public final class PortalHeadersFilter implements Ordered {

    static final String REFERRER_POLICY = "same-origin";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'";

    @ResponseFilter
    public void secure(MutableHttpResponse<?> response) {
        response.getHeaders().set("Cache-Control", "no-store");
        response.getHeaders().set("Referrer-Policy", REFERRER_POLICY);
        response.getHeaders().set("X-Robots-Tag", "noindex, nofollow");
        response.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().set("X-Frame-Options", "DENY");
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
    }

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 40;
    }
}
