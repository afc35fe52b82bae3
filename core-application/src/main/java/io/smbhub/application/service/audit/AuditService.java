package io.smbhub.application.service.audit;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.Permission;

/** Reads of the audit trail with filters (OWNER and ADMIN; spec smb-hub-prd.md 2.2, Epic 10). */
public final class AuditService implements AuditQueries {

    private final AuditLog log;
    private final TransactionRunner tx;

    public AuditService(AuditLog log, TransactionRunner tx) {
        this.log = log;
        this.tx = tx;
    }

    @Override
    public Page<AuditEntryView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.AUDIT_READ);
        AuditLog.Filter filter = new AuditLog.Filter(query.entityType(), query.entityId(),
                query.actorUserId() == null ? null : new UserId(query.actorUserId()), query.action(), query.from(),
                query.to());
        return tx.inTenant(actor.tenantId(), () -> Cursors.page(query.page(),
                (after, limit) -> log.list(actor.tenantId(), filter, after, limit), AuditEntry::id, AuditViews::of));
    }
}
