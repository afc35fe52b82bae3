package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Append-only audit trail (spec smb-hub-prd.md 2.1 "Audit Log", Epic 10), written in the same transaction as
 * the change it records. There is deliberately no update or delete: an entry, once committed, stays as written.
 */
public interface AuditLog {

    /**
     * Which entries {@link #list} returns; every part is optional ({@code null} = any) and the parts combine
     * with AND. {@code entityType}, {@code action} match exactly (e.g. {@code invoice}, {@code invoice.sent});
     * {@code from} (inclusive) and {@code to} (exclusive) bound the entry's time {@link AuditEntry#at()} (UTC).
     */
    record Filter(String entityType, UUID entityId, UserId actorUserId, String action, Instant from, Instant to) {

        /** The entries of one entity ({@code entityType} as written by the services, e.g. {@code work_item}). */
        public static Filter entity(String entityType, UUID entityId) {
            return new Filter(entityType, entityId, null, null, null, null);
        }
    }

    /** Appends {@code entry}. Errors: {@link IllegalStateException} when an entry with its id was already written. */
    void append(AuditEntry entry);

    /**
     * Entries of one tenant matching {@code filter}, newest first (descending id; ids are time-ordered),
     * strictly older than {@code afterId} when given, at most {@code limit}.
     */
    List<AuditEntry> list(TenantId tenant, Filter filter, UUID afterId, int limit);
}
