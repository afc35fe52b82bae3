package io.smbhub.application.port.out;

import io.smbhub.domain.shared.DocumentKind;

/**
 * Absolute URLs that customers open outside the app (emails, payment provider return pages), built from the
 * deployment's public base URL (configuration {@code smbhub.public-url}).
 */
public interface PublicLinks {

    /** The client portal page of a document, e.g. {@code https://hub.example/portal/invoices/{token}}. */
    String portalPage(DocumentKind kind, String token);

    /** The page a customer returns to after paying through a link created outside the portal. */
    String paymentComplete();
}
