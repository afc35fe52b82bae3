package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One append-only audit record (spec smb-hub-prd.md 2.1 "Audit Log"): who ({@code actorUserId}), what
 * ({@code action} such as {@code invoice.sent}), on which entity, the entity's state before and after as
 * JSON-compatible maps (strings, numbers, booleans, lists, maps; {@code null} before a create), the
 * request id and when (UTC).
 */
public record AuditEntry(UUID id, TenantId tenantId, UserId actorUserId, String action, String entityType,
                         UUID entityId, Map<String, Object> before, Map<String, Object> after, String requestId,
                         Instant at) {
}
