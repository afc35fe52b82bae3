package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.UUID;

/** Append-only audit trail, written in the same transaction as the change it records. */
public interface AuditLog {
    void append(AuditEntry entry);

    /**
     * Entries of one tenant, newest first, optionally for one entity ({@code entityId} null = all),
     * strictly older than {@code afterId} when given, at most {@code limit}.
     */
    List<AuditEntry> list(TenantId tenant, UUID entityId, UUID afterId, int limit);
}
