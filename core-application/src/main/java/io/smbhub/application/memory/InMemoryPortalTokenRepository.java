package io.smbhub.application.memory;

import io.smbhub.application.port.out.PortalTokenRepository;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PortalTokenRepository} in memory, for tests and embedders: links keyed by id, rolled back with the
 * {@link InMemoryTransactionRunner}'s transaction.
 */
public final class InMemoryPortalTokenRepository implements PortalTokenRepository, InMemoryTransactionRunner.Participant {

    private Map<UUID, PortalToken> rows = new LinkedHashMap<>();

    public InMemoryPortalTokenRepository(InMemoryTransactionRunner tx) {
        tx.register(this);
    }

    @Override
    public synchronized void insert(PortalToken token) {
        if (rows.containsKey(token.id()) || rows.values().stream().anyMatch(t -> t.tokenHash().equals(token.tokenHash()))) {
            throw new DomainException(ErrorCode.CONFLICT,
                    "Portal link " + token.id() + " conflicts with an existing link (same id or token)");
        }
        rows.put(token.id(), token);
    }

    @Override
    public synchronized Optional<TenantId> findTenantByHash(String tokenHash) {
        return rows.values().stream().filter(t -> t.tokenHash().equals(tokenHash)).map(PortalToken::tenantId).findFirst();
    }

    @Override
    public synchronized Optional<PortalToken> findByHash(TenantId tenant, String tokenHash) {
        return rows.values().stream()
                .filter(t -> t.tenantId().equals(tenant) && t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized int revokeAll(TenantId tenant, DocumentKind kind, UUID documentId, Instant at) {
        int revoked = 0;
        for (PortalToken t : rows.values()) {
            if (t.tenantId().equals(tenant) && t.opens(kind, documentId) && t.isLive()) {
                rows.put(t.id(), new PortalToken(t.id(), t.tenantId(), t.kind(), t.documentId(), t.tokenHash(),
                        t.createdAt(), t.createdBy(), at, t.lastUsedAt()));
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public synchronized void markUsed(TenantId tenant, UUID id, Instant at) {
        PortalToken t = rows.get(id);
        if (t != null && t.tenantId().equals(tenant)) {
            rows.put(id, new PortalToken(t.id(), t.tenantId(), t.kind(), t.documentId(), t.tokenHash(), t.createdAt(),
                    t.createdBy(), t.revokedAt(), at));
        }
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows = new LinkedHashMap<>((Map<UUID, PortalToken>) snapshot);
    }
}
