package io.smbhub.application.port.out;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Read model of a contact's timeline (spec smb-hub-prd.md 2.3 "Contacts", 12.3.2 {@code GET
 * /v1/contacts/{id}/timeline}): the objects linked to one contact and the contact's own audit entries, merged
 * in one order so they can be keyset-paginated together. Bypasses the aggregates (ARCHITECTURE.md
 * "Application rules": read models). Tenant-scoped; call inside a transaction of the tenant.
 *
 * <p>Order: {@code at} descending, then {@link Kind} in declaration order (alphabetical by
 * {@link Kind#type()}), then id ascending (unsigned, as PostgreSQL orders {@code uuid}). A position therefore
 * identifies one place in the merged list even when many rows share a time.
 */
public interface ContactTimelineReadModel {

    /** The {@code entity_type} of a contact's own entries in the {@link AuditLog}. */
    String CONTACT_ENTITY_TYPE = "contact";

    /**
     * The kinds of rows and where their {@code at} comes from. Every {@code at} is fixed once the row exists,
     * so pages stay stable while the objects change.
     */
    enum Kind {
        /** An audit entry of the contact itself ({@code entity_type = contact}); at = the entry's time. */
        AUDIT("audit"),
        /** An invoice of the contact; at = its creation. */
        INVOICE("invoice"),
        /** A payment of one of the contact's invoices; at = when it was recorded. */
        PAYMENT("payment"),
        /** A quote of the contact; at = its creation. */
        QUOTE("quote"),
        /** A work item of the contact; at = its creation. */
        WORK_ITEM("work_item");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The row type as clients see it ({@code work_item}). */
        public String type() {
            return type;
        }
    }

    /**
     * What the reader may see: only {@code kinds}; work items only when assigned to {@code assignedTo} (null =
     * any); quotes and invoices only as drafts when {@code draftsOnly}. Payments follow their invoice's contact.
     */
    record Scope(Set<Kind> kinds, UserId assignedTo, boolean draftsOnly) {
        public Scope {
            kinds = Set.copyOf(kinds);
        }
    }

    /** A place in the order: rows after it come strictly later in the order (older, or tied and sorting after). */
    record Position(Instant at, Kind kind, UUID id) {
        public Position {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * One row: its kind, the object's (or audit entry's) id, its time (UTC), a label (a work item's title; a
     * quote's or invoice's number; for a payment its invoice's number; for an audit entry its action), the
     * object's status ({@code null} for audit entries) and amount (quote or invoice total, payment amount;
     * {@code null} otherwise).
     */
    record Entry(Kind kind, UUID id, Instant at, String label, String status, Money amount) {
        public Position position() {
            return new Position(at, kind, id);
        }
    }

    /** Rows of {@code contact} within {@code scope}, in the order above, after {@code after} (null = from the newest), at most {@code limit}. */
    List<Entry> list(TenantId tenant, ContactId contact, Scope scope, Position after, int limit);
}
