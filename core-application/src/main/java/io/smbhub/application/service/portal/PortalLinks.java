package io.smbhub.application.service.portal;

import io.smbhub.application.port.in.portal.PortalLinkView;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.PortalTokenRepository;
import io.smbhub.application.port.out.PortalTokenRepository.PortalToken;
import io.smbhub.application.port.out.PublicLinks;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TokenGenerator;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.UUID;

/**
 * Issues client portal links (spec smb-hub-prd.md 12.6): a fresh secret from {@link TokenGenerator}, stored only
 * as its hash, and the absolute portal URL built by {@link PublicLinks}. Call inside the document's tenant
 * transaction, so that the link exists exactly when the change that issued it commits.
 */
public final class PortalLinks {

    private final PortalTokenRepository tokens;
    private final TokenGenerator secrets;
    private final IdGenerator ids;
    private final TimeSource clock;
    private final PublicLinks links;

    public PortalLinks(PortalTokenRepository tokens, TokenGenerator secrets, IdGenerator ids, TimeSource clock,
                       PublicLinks links) {
        this.tokens = tokens;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.links = links;
    }

    /**
     * A new live link to the {@code kind} document {@code documentId} of {@code tenant}, created by {@code createdBy}
     * (null for none). Other links of the document stay as they are.
     */
    public PortalLinkView issue(TenantId tenant, DocumentKind kind, UUID documentId, UserId createdBy) {
        String secret = secrets.newToken();
        if (!PortalSecrets.wellFormed(secret)) {
            throw new IllegalStateException("the token generator must produce 43 base64url characters (256 bits)");
        }
        Instant now = clock.now();
        tokens.insert(new PortalToken(ids.newId(), tenant, kind, documentId, PortalSecrets.hash(secret), now, createdBy,
                null, null));
        return new PortalLinkView(links.portalPage(kind, secret), now);
    }

    /** Revokes every live link of the document now; returns how many were live. */
    public int revokeAll(TenantId tenant, DocumentKind kind, UUID documentId) {
        return tokens.revokeAll(tenant, kind, documentId, clock.now());
    }
}
