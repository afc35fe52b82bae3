package io.smbhub.application.port.in.audit;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;

import java.util.UUID;

/** The tenant's audit trail, newest first, optionally for one entity. Errors: {@code FORBIDDEN} (OWNER/ADMIN only). */
public interface AuditQueries {
    Page<AuditEntryView> list(Actor actor, UUID entityId, PageRequest page);
}
