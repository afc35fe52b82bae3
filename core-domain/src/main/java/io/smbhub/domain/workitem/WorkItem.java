package io.smbhub.domain.workitem;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.WorkItemId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The universal operational object — a request, order, job or ticket depending on the profile (spec
 * smb-hub-prd.md 2.1 "WorkItem", 12.2 A). Status moves only through {@link WorkItemStatus#TRANSITIONS}.
 * A work item remembers the quote and invoice it was converted into so that converting again opens
 * the same document instead of creating a duplicate.
 */
public final class WorkItem extends AggregateRoot<WorkItemEvent> {

    private final WorkItemId id;
    private final TenantId tenantId;
    private WorkItemDetails details;
    private WorkItemStatus status;
    private UserId assignedTo;
    private final WorkItemSource source;
    private QuoteId quoteId;
    private InvoiceId invoiceId;
    private final ConversationId conversationId;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private WorkItem(WorkItemId id, TenantId tenantId, WorkItemDetails details, WorkItemStatus status, UserId assignedTo,
                     WorkItemSource source, QuoteId quoteId, InvoiceId invoiceId, ConversationId conversationId,
                     UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
        super(version);
        this.conversationId = conversationId;
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.assignedTo = assignedTo;
        this.source = source == null ? WorkItemSource.MANUAL : source;
        this.quoteId = quoteId;
        this.invoiceId = invoiceId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new work item in status NEW; records {@code work_item.created}. */
    public static WorkItem create(WorkItemId id, TenantId tenantId, WorkItemDetails details, UserId assignedTo,
                                  WorkItemSource source, UserId createdBy, Instant at) {
        if (details.type() == null) {
            throw DomainException.invalid("type", "Work item type is required; apply the profile's default type first");
        }
        return create(id, tenantId, details, assignedTo, source, null, null, createdBy, at);
    }

    /**
     * A new work item in status NEW linked at birth to the inbox conversation it came from ({@code conversationId},
     * spec smb-hub-prd.md Epic 3 story 3.3) and/or to the invoice it is about ({@code invoiceId}: a COLLECTION work
     * item after the final reminder, issue 5); either may be null. The invoice link also makes "convert to invoice"
     * open that invoice. Records {@code work_item.created}.
     */
    public static WorkItem create(WorkItemId id, TenantId tenantId, WorkItemDetails details, UserId assignedTo,
                                  WorkItemSource source, ConversationId conversationId, InvoiceId invoiceId,
                                  UserId createdBy, Instant at) {
        if (details.type() == null) {
            throw DomainException.invalid("type", "Work item type is required; apply the profile's default type first");
        }
        WorkItem item = new WorkItem(id, tenantId, details, WorkItemStatus.NEW, assignedTo, source, null, invoiceId,
                conversationId, createdBy, at, at, 0);
        item.record(new WorkItemEvent.WorkItemCreated(id, at));
        return item;
    }

    /** Reloads a stored work item at {@code version}. */
    public static WorkItem rehydrate(WorkItemId id, TenantId tenantId, WorkItemDetails details, WorkItemStatus status,
                                     UserId assignedTo, WorkItemSource source, QuoteId quoteId, InvoiceId invoiceId,
                                     UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
        return rehydrate(id, tenantId, details, status, assignedTo, source, quoteId, invoiceId, null, createdBy,
                createdAt, updatedAt, version);
    }

    /** Reloads a stored work item at {@code version} with the conversation it came from (may be null). */
    public static WorkItem rehydrate(WorkItemId id, TenantId tenantId, WorkItemDetails details, WorkItemStatus status,
                                     UserId assignedTo, WorkItemSource source, QuoteId quoteId, InvoiceId invoiceId,
                                     ConversationId conversationId, UserId createdBy, Instant createdAt,
                                     Instant updatedAt, long version) {
        return new WorkItem(id, tenantId, details, status, assignedTo, source, quoteId, invoiceId, conversationId,
                createdBy, createdAt, updatedAt, version);
    }

    /** Replaces the editable fields. Errors: {@code INVALID_TRANSITION} when CANCELED ({@link #refusalToUpdate()}). */
    public void update(WorkItemDetails newDetails, Instant at) {
        refusalToUpdate().ifPresent(Refusal::raise);
        this.details = Objects.requireNonNull(newDetails);
        this.updatedAt = at;
        record(new WorkItemEvent.WorkItemUpdated(id, at));
    }

    /** Why {@link #update} would be refused now, if it would. */
    public Optional<Refusal> refusalToUpdate() {
        if (status != WorkItemStatus.CANCELED) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION,
                "Work item '" + details.title() + "' is CANCELED and cannot be edited"));
    }

    /** Moves to {@code to}. Errors: {@code INVALID_TRANSITION} per the transition table. */
    public void changeStatus(WorkItemStatus to, Instant at) {
        if (to == status) {
            return;
        }
        refusalToMove(to).ifPresent(Refusal::raise);
        WorkItemStatus from = status;
        this.status = to;
        this.updatedAt = at;
        record(new WorkItemEvent.WorkItemStatusChanged(id, from, to, at));
    }

    /** Why {@link #changeStatus} to {@code to} would be refused now, if it would (staying put is allowed). */
    public Optional<Refusal> refusalToMove(WorkItemStatus to) {
        if (to == status) {
            return Optional.empty();
        }
        return WorkItemStatus.TRANSITIONS.refusal("Work item '" + details.title() + "'", status, to,
                "allowed from " + status + ": " + WorkItemStatus.TRANSITIONS.targets(status));
    }

    /** Assigns to {@code assignee} ({@code null} unassigns). */
    public void assign(UserId assignee, Instant at) {
        if (Objects.equals(assignee, assignedTo)) {
            return;
        }
        this.assignedTo = assignee;
        this.updatedAt = at;
        record(new WorkItemEvent.WorkItemAssigned(id, assignee, at));
    }

    /**
     * Records that this item was converted into quote {@code quote}. Errors: {@code INVALID_TRANSITION}
     * when CANCELED; {@code VALIDATION_ERROR} on {@code contact_id} when the item has no contact.
     */
    public void convertedToQuote(QuoteId quote, Instant at) {
        requireConvertible();
        this.quoteId = Objects.requireNonNull(quote);
        this.updatedAt = at;
        record(new WorkItemEvent.WorkItemConverted(id, ConversionTarget.QUOTE, quote.value(), at));
    }

    /** As {@link #convertedToQuote} for an invoice. */
    public void convertedToInvoice(InvoiceId invoice, Instant at) {
        requireConvertible();
        this.invoiceId = Objects.requireNonNull(invoice);
        this.updatedAt = at;
        record(new WorkItemEvent.WorkItemConverted(id, ConversionTarget.INVOICE, invoice.value(), at));
    }

    /**
     * Checks this item can become a quote or invoice. Errors: {@code INVALID_TRANSITION} when
     * CANCELED; {@code VALIDATION_ERROR} on {@code contact_id} when no contact is set.
     */
    public void requireConvertible() {
        refusalToConvert().ifPresent(Refusal::raise);
    }

    /** Why {@link #requireConvertible} would refuse now, if it would. */
    public Optional<Refusal> refusalToConvert() {
        if (status == WorkItemStatus.CANCELED) {
            return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION,
                    "Work item '" + details.title() + "' is CANCELED and cannot be converted"));
        }
        if (details.contactId() == null) {
            String message = "Work item '" + details.title() + "' has no contact; set contact_id before converting";
            return Optional.of(new Refusal(ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError("contact_id", message))));
        }
        return Optional.empty();
    }

    public WorkItemId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public WorkItemDetails details() { return details; }
    public WorkItemStatus status() { return status; }
    public Optional<UserId> assignedTo() { return Optional.ofNullable(assignedTo); }
    public WorkItemSource source() { return source; }
    public Optional<QuoteId> quoteId() { return Optional.ofNullable(quoteId); }
    public Optional<InvoiceId> invoiceId() { return Optional.ofNullable(invoiceId); }
    public Optional<ConversationId> conversationId() { return Optional.ofNullable(conversationId); }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
