package io.smbhub.application.service.timeline;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.in.contact.ContactQueries;
import io.smbhub.application.port.in.invoice.InvoiceQueries;
import io.smbhub.application.port.in.payment.PaymentQueries;
import io.smbhub.application.port.in.quote.QuoteQueries;
import io.smbhub.application.port.in.timeline.TimelineItemView;
import io.smbhub.application.port.in.timeline.TimelineQueries;
import io.smbhub.application.port.in.timeline.TimelineSubject;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.application.port.out.AuditEntry;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.ContactTimelineReadModel;
import io.smbhub.application.port.out.ContactTimelineReadModel.Entry;
import io.smbhub.application.port.out.ContactTimelineReadModel.Kind;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.audit.AuditViews;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.tenant.Permission;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Object and contact timelines (spec smb-hub-prd.md 2.3, 12.3.2). Visibility is never decided here a second
 * time: each object is first read through its own query (which applies the role matrix of spec 2.2 and AGENT
 * scoping and answers {@code NOT_FOUND} for another tenant's id), and a contact timeline shows a kind of row
 * only when the role may read that kind ({@link #READ_PERMISSION}), scoped for an AGENT as its lists are.
 */
public final class TimelineService implements TimelineQueries {

    /**
     * The permission that lets a role see each kind of contact-timeline row. A new kind (conversations with the
     * inbox) is one more row here and one more {@link Kind} in the read model.
     */
    private static final Map<Kind, Permission> READ_PERMISSION = new EnumMap<>(Map.of(
            Kind.AUDIT, Permission.CONTACTS_READ,
            Kind.WORK_ITEM, Permission.WORK_READ,
            Kind.QUOTE, Permission.DOCUMENTS_READ,
            Kind.INVOICE, Permission.DOCUMENTS_READ,
            Kind.PAYMENT, Permission.PAYMENTS_READ));

    private final ContactQueries contacts;
    private final WorkItemQueries workItems;
    private final QuoteQueries quotes;
    private final InvoiceQueries invoices;
    private final PaymentQueries payments;
    private final AuditLog log;
    private final ContactTimelineReadModel contactTimeline;
    private final TransactionRunner tx;

    public TimelineService(ContactQueries contacts, WorkItemQueries workItems, QuoteQueries quotes,
                           InvoiceQueries invoices, PaymentQueries payments, AuditLog log,
                           ContactTimelineReadModel contactTimeline, TransactionRunner tx) {
        this.contacts = contacts;
        this.workItems = workItems;
        this.quotes = quotes;
        this.invoices = invoices;
        this.payments = payments;
        this.log = log;
        this.contactTimeline = contactTimeline;
        this.tx = tx;
    }

    @Override
    public Page<AuditEntryView> objectTimeline(Actor actor, TimelineSubject subject, UUID id, PageRequest page) {
        AuditLog.Filter filter = AuditLog.Filter.entity(subject.entityType(), id);
        return tx.inTenant(actor.tenantId(), () -> {
            requireReadable(actor, subject, id);
            return Cursors.page(page, (after, limit) -> log.list(actor.tenantId(), filter, after, limit),
                    AuditEntry::id, AuditViews::of);
        });
    }

    @Override
    public Page<TimelineItemView> contactTimeline(Actor actor, ContactId contact, PageRequest page) {
        PageRequest request = page == null ? PageRequest.first() : page;
        ContactTimelineReadModel.Position after = TimelineCursor.decode(request.cursor());
        return tx.inTenant(actor.tenantId(), () -> {
            contacts.get(actor, contact);
            List<Entry> rows = contactTimeline.list(actor.tenantId(), contact, scopeOf(actor), after, request.limit() + 1);
            boolean more = rows.size() > request.limit();
            List<Entry> shown = more ? rows.subList(0, request.limit()) : rows;
            String next = more ? TimelineCursor.encode(shown.get(shown.size() - 1).position()) : null;
            return new Page<>(shown.stream().map(TimelineService::view).toList(), next);
        });
    }

    /** Reads the object through its own query, for its {@code FORBIDDEN} / {@code NOT_FOUND} and AGENT scoping. */
    private void requireReadable(Actor actor, TimelineSubject subject, UUID id) {
        switch (subject) {
            case WORK_ITEM -> workItems.get(actor, new WorkItemId(id));
            case QUOTE -> quotes.get(actor, new QuoteId(id));
            case INVOICE -> invoices.get(actor, new InvoiceId(id));
            case PAYMENT -> payments.get(actor, new PaymentId(id));
        }
    }

    /** The rows the actor may see: kinds its role may read; an AGENT only its assigned work items and drafts. */
    private static ContactTimelineReadModel.Scope scopeOf(Actor actor) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        READ_PERMISSION.forEach((kind, permission) -> {
            if (actor.role().allows(permission)) {
                kinds.add(kind);
            }
        });
        boolean scoped = actor.role().scopedToAssigned();
        return new ContactTimelineReadModel.Scope(kinds, scoped ? actor.userId() : null, scoped);
    }

    private static TimelineItemView view(Entry e) {
        String title = switch (e.kind()) {
            case QUOTE -> "Quote #" + e.label();
            case INVOICE -> "Invoice #" + e.label();
            case PAYMENT -> "Payment for Invoice #" + e.label();
            case WORK_ITEM, AUDIT -> e.label();
        };
        return new TimelineItemView(e.kind().type(), e.id(), title, e.at(), e.status(), e.amount());
    }
}
