package io.smbhub.application.port.in.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An audit entry as clients read it (spec smb-hub-prd.md 2.1 "Audit Log"): who ({@code actorUserId}, null for
 * system actions), what ({@code action}), on which entity, the entity's snapshots before and after (JSON-compatible
 * maps; {@code before} null on create, {@code after} null on delete), the top-level snapshot keys whose value
 * differs between the two ({@code changedFields}, sorted; every key of the present snapshot on create or delete),
 * the request id and when (UTC).
 */
public record AuditEntryView(UUID id, UUID actorUserId, String action, String entityType, UUID entityId,
                             Map<String, Object> before, Map<String, Object> after, List<String> changedFields,
                             String requestId, Instant at) {
    public AuditEntryView {
        changedFields = List.copyOf(changedFields);
    }
}
