package io.smbhub.application.service.audit;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.domain.tenant.Permission;

import java.util.UUID;

/** Reads of the audit trail (OWNER and ADMIN). */
public final class AuditService implements AuditQueries {

    private final AuditLog log;
    private final TransactionRunner tx;

    public AuditService(AuditLog log, TransactionRunner tx) {
        this.log = log;
        this.tx = tx;
    }

    @Override
    public Page<AuditEntryView> list(Actor actor, UUID entityId, PageRequest page) {
        Access.require(actor, Permission.AUDIT_READ);
        return tx.inTenant(actor.tenantId(), () -> Cursors.page(page,
                (after, limit) -> log.list(actor.tenantId(), entityId, after, limit), AuditEntry::id,
                e -> new AuditEntryView(e.id(), e.actorUserId() == null ? null : e.actorUserId().value(), e.action(),
                        e.entityType(), e.entityId(), e.before(), e.after(), e.requestId(), e.at())));
    }
}
