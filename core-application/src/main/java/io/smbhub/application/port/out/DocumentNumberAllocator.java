package io.smbhub.application.port.out;

import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;

/**
 * Hands out per-tenant document sequence numbers (1, 2, 3, …) inside the caller's transaction: unique per
 * tenant and kind, never handed out twice once committed, safe under concurrent callers.
 */
public interface DocumentNumberAllocator {
    long next(TenantId tenant, DocumentKind kind);
}
