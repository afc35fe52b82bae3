package io.smbhub.application.memory;

import io.smbhub.application.port.out.PublicLinks;
import io.smbhub.domain.shared.DocumentKind;

import java.util.Locale;

/** {@link PublicLinks} under a fixed base URL such as {@code http://localhost:8080} (no trailing slash). */
public final class StaticPublicLinks implements PublicLinks {

    private final String base;

    public StaticPublicLinks(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public String portalPage(DocumentKind kind, String token) {
        return base + "/portal/" + kind.name().toLowerCase(Locale.ROOT) + "s/" + token;
    }

    @Override
    public String paymentComplete() {
        return base + "/portal/payment-complete";
    }
}
