package io.smbhub.application.port.in.timeline;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.domain.shared.ContactId;

import java.util.UUID;

/**
 * Timelines (spec smb-hub-prd.md 2.3 "Contacts", 12.3.2; issue 3 "Audit log … on every object's timeline"),
 * readable by whoever may read the object under the role matrix of spec 2.2: the object is loaded through its
 * own query first, so an AGENT sees only what it may open and another tenant's id is {@code NOT_FOUND}.
 * Newest first, keyset-paginated with an opaque cursor.
 * Errors: {@code FORBIDDEN} (the role may not read that kind of object), {@code NOT_FOUND},
 * {@code VALIDATION_ERROR} on {@code cursor}.
 */
public interface TimelineQueries {

    /** The audit entries of one object, newest first. No {@code AUDIT_READ} needed: reading the object suffices. */
    Page<AuditEntryView> objectTimeline(Actor actor, TimelineSubject subject, UUID id, PageRequest page);

    /**
     * A contact's work items, quotes, invoices, payments of its invoices and the contact's own audit entries,
     * merged newest first (ties: by type, then id). Kinds the role may not read are left out (payments need
     * {@code PAYMENTS_READ}); an AGENT sees only work items assigned to it and only draft quotes and invoices.
     */
    Page<TimelineItemView> contactTimeline(Actor actor, ContactId contact, PageRequest page);
}
