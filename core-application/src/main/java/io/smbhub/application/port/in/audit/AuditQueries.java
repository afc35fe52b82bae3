package io.smbhub.application.port.in.audit;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.shared.DomainException;

import java.time.Instant;
import java.util.UUID;

/**
 * The tenant's audit trail ({@code GET /v1/audit-logs}; spec smb-hub-prd.md 2.1 "Audit Log", Epic 10),
 * newest first, keyset-paginated. OWNER and ADMIN only ({@code Permission.AUDIT_READ}).
 * Errors: {@code FORBIDDEN} for other roles, {@code VALIDATION_ERROR} on {@code to} or {@code cursor}.
 */
public interface AuditQueries {

    /**
     * Filters of {@link #list}, all optional and combined with AND: {@code entityType} and {@code action}
     * match exactly ({@code invoice}, {@code invoice.sent}); {@code from} (inclusive) and {@code to}
     * (exclusive) bound the entry time (UTC). Blank texts count as absent.
     * Errors: {@code VALIDATION_ERROR} on {@code to} when it is not after {@code from}.
     */
    record ListQuery(String entityType, UUID entityId, UUID actorUserId, String action, Instant from, Instant to,
                     PageRequest page) {
        public ListQuery {
            entityType = blankToNull(entityType);
            action = blankToNull(action);
            if (from != null && to != null && !to.isAfter(from)) {
                throw DomainException.invalid("to", "to (" + to + ") must be after from (" + from
                        + "); the window includes from and excludes to");
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    Page<AuditEntryView> list(Actor actor, ListQuery query);
}
