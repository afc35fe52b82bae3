package io.smbhub.application.port.in.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An audit entry as clients read it (spec smb-hub-prd.md 2.1 "Audit Log"). */
public record AuditEntryView(UUID id, UUID actorUserId, String action, String entityType, UUID entityId,
                             Map<String, Object> before, Map<String, Object> after, String requestId, Instant at) {
}
