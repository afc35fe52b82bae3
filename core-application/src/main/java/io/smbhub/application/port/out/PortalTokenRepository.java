package io.smbhub.application.port.out;

import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Client portal links (spec smb-hub-prd.md 12.6, table {@code portal_tokens}): each row lets the holder of one
 * secret open exactly one invoice or quote. Only the SHA-256 hash of the secret is stored, as 64 lowercase hex
 * characters; the secret itself is never stored or retrievable.
 *
 * <p>Every method except {@link #findTenantByHash} is tenant-scoped and must run inside
 * {@code TransactionRunner.inTenant}; {@link #findTenantByHash} is the one lookup allowed before a tenant is
 * known (inside {@code withoutTenant}) and answers nothing but the tenant.
 */
public interface PortalTokenRepository {

    /**
     * One stored portal link: {@code documentId} is the invoice or quote id, {@code tokenHash} the hex SHA-256 of
     * the secret; {@code createdBy} is null when no member created it; {@code revokedAt} null while the link is
     * live; {@code lastUsedAt} null until first opened. Times are UTC.
     */
    record PortalToken(UUID id, TenantId tenantId, DocumentKind kind, UUID documentId, String tokenHash,
                       Instant createdAt, UserId createdBy, Instant revokedAt, Instant lastUsedAt) {

        public PortalToken {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        /** True until the link is revoked. */
        public boolean isLive() {
            return revokedAt == null;
        }

        /** True when this link opens the {@code kind} document {@code documentId}. */
        public boolean opens(DocumentKind kind, UUID documentId) {
            return this.kind == kind && this.documentId.equals(documentId);
        }
    }

    /** Stores a new link. Errors: {@code CONFLICT} when its id or token hash is already stored. */
    void insert(PortalToken token);

    /**
     * The tenant owning the link whose secret hashes to {@code tokenHash} (live or revoked), without any tenant
     * bound; empty for an unknown hash. Nothing else about the link or any other tenant is readable this way.
     */
    Optional<TenantId> findTenantByHash(String tokenHash);

    /** The link of {@code tenant} with this hash, live or revoked. */
    Optional<PortalToken> findByHash(TenantId tenant, String tokenHash);

    /** Marks every live link of the document revoked at {@code at}; returns how many were live. */
    int revokeAll(TenantId tenant, DocumentKind kind, UUID documentId, Instant at);

    /** Records that the link {@code id} was opened at {@code at}. */
    void markUsed(TenantId tenant, UUID id, Instant at);
}
