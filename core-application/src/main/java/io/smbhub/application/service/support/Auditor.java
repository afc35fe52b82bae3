package io.smbhub.application.service.support;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.domain.shared.DomainEvent;

import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one audit entry per domain event an aggregate recorded (action = the event's action name), with
 * the entity's before/after snapshots. Called inside the use case's transaction.
 */
public final class Auditor {

    private final AuditLog log;
    private final IdGenerator ids;

    public Auditor(AuditLog log, IdGenerator ids) {
        this.log = log;
        this.ids = ids;
    }

    /** Records {@code events} for entity {@code entityType}/{@code entityId}; {@code before} null on create. */
    public void record(Actor actor, String entityType, UUID entityId, Record before, Record after,
                       List<? extends DomainEvent> events) {
        Map<String, Object> beforeMap = Snapshots.of(before);
        Map<String, Object> afterMap = Snapshots.of(after);
        for (DomainEvent event : events) {
            log.append(new AuditEntry(ids.newId(), actor.tenantId(), actor.userId(), event.action(), entityType, entityId,
                    beforeMap, afterMap, actor.requestId(), event.occurredAt()));
        }
    }

    /**
     * Records {@code events} done on the tenant's data by no member: a payment provider's webhook or a customer on
     * the client portal. The entry has no actor user; {@code source} (e.g. {@code stripe:evt_123},
     * {@code portal}) takes the request id's place so the entry says where the change came from.
     */
    public void recordSystem(TenantId tenant, String source, String entityType, UUID entityId, Record before,
                             Record after, List<? extends DomainEvent> events) {
        Map<String, Object> beforeMap = Snapshots.of(before);
        Map<String, Object> afterMap = Snapshots.of(after);
        for (DomainEvent event : events) {
            log.append(new AuditEntry(ids.newId(), tenant, null, event.action(), entityType, entityId, beforeMap, afterMap,
                    source, event.occurredAt()));
        }
    }
}
