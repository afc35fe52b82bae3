package io.smbhub.application.memory;

import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

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
    public List<AuditEntry> list(TenantId tenant, Filter filter, UUID afterId, int limit) {
        return entries.where(e -> e.tenantId().equals(tenant) && matches(filter).test(e)
                        && (afterId == null || InMemoryTable.UNSIGNED.compare(e.id(), afterId) < 0)).stream()
                .sorted(InMemoryTable.byId(AuditEntry::id).reversed()).limit(limit).toList();
    }

    private static Predicate<AuditEntry> matches(Filter f) {
        return e -> (f.entityType() == null || f.entityType().equals(e.entityType()))
                && (f.entityId() == null || f.entityId().equals(e.entityId()))
                && (f.actorUserId() == null || f.actorUserId().equals(e.actorUserId()))
                && (f.action() == null || f.action().equals(e.action()))
                && (f.from() == null || !e.at().isBefore(f.from()))
                && (f.to() == null || e.at().isBefore(f.to()));
    }
}
