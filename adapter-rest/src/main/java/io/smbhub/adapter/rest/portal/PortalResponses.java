package io.smbhub.adapter.rest.portal;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** HTML responses of the client portal: {@code text/html; charset=utf-8} with the given status. */
final class PortalResponses {

    static final String HTML = "text/html; charset=utf-8";

    private PortalResponses() {
    }

    static MutableHttpResponse<String> html(HttpStatus status, String page) {
        return HttpResponse.<String>status(status).contentType(HTML).body(page);
    }
}
