package io.smbhub.application.port.in.portal;

import java.time.Instant;

/**
 * A newly issued client portal link: the absolute {@code url} (it carries the secret, shown this once and never
 * retrievable again) and when it was created (UTC). Spec smb-hub-prd.md 3.13, 12.6.
 */
public record PortalLinkView(String url, Instant createdAt) {
}
