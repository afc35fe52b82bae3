package io.smbhub.application.memory;

import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.UUID;

/** {@link AuditLog} in memory, append-only. */
public final class InMemoryAuditLog implements AuditLog {

    private final InMemoryMap<UUID, AuditEntry> entries;

    public InMemoryAuditLog(InMemoryTransactionRunner tx) {
        entries = new InMemoryMap<>(tx);
    }

    @Override
    public void append(AuditEntry entry) {
        if (!entries.putIfAbsent(entry.id(), entry)) {
            throw new IllegalStateException("audit entry " + entry.id() + " already written");
        }
    }

    @Override
    public List<AuditEntry> list(TenantId tenant, UUID entityId, UUID afterId, int limit) {
        return entries.where(e -> e.tenantId().equals(tenant) && (entityId == null || entityId.equals(e.entityId()))
                        && (afterId == null || InMemoryTable.UNSIGNED.compare(e.id(), afterId) < 0)).stream()
                .sorted(InMemoryTable.byId(AuditEntry::id).reversed()).limit(limit).toList();
    }
}
