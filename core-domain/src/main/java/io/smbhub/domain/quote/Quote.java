package io.smbhub.domain.quote;

import io.smbhub.domain.shared.Refusal;

import io.smbhub.domain.shared.QuoteId;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.WorkItemId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A priced offer to a customer (spec smb-hub-prd.md 2.1 "Quote", 12.2 B, Epic 4). Content is editable
 * only in DRAFT; totals are always derived from the line items ({@link DocumentTotals}). Status moves
 * only through {@link QuoteStatus#TRANSITIONS}.
 */
public final class Quote extends AggregateRoot<QuoteEvent> {

    private final QuoteId id;
    private final TenantId tenantId;
    private final String number;
    private QuoteStatus status;
    private QuoteDetails details;
    private final WorkItemId workItemId;
    private InvoiceId convertedInvoiceId;
    private String rejectionReason;
    private Instant sentAt;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private Quote(QuoteId id, TenantId tenantId, String number, QuoteStatus status, QuoteDetails details,
                  WorkItemId workItemId, InvoiceId convertedInvoiceId, String rejectionReason, Instant sentAt,
                  UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
        super(version);
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.number = Objects.requireNonNull(number);
        this.status = Objects.requireNonNull(status);
        this.details = Objects.requireNonNull(details);
        this.workItemId = workItemId;
        this.convertedInvoiceId = convertedInvoiceId;
        this.rejectionReason = rejectionReason;
        this.sentAt = sentAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new DRAFT quote numbered {@code number} (e.g. {@code Q-000045}); records {@code quote.created}. */
    public static Quote create(QuoteId id, TenantId tenantId, String number, QuoteDetails details, WorkItemId workItemId,
                               UserId createdBy, Instant at) {
        Quote quote = new Quote(id, tenantId, number, QuoteStatus.DRAFT, details, workItemId, null, null, null,
                createdBy, at, at, 0);
        quote.record(new QuoteEvent.QuoteCreated(id, at));
        return quote;
    }

    /** Reloads a stored quote at {@code version}. */
    public static Quote rehydrate(QuoteId id, TenantId tenantId, String number, QuoteStatus status, QuoteDetails details,
                                  WorkItemId workItemId, InvoiceId convertedInvoiceId, String rejectionReason,
                                  Instant sentAt, UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
        return new Quote(id, tenantId, number, status, details, workItemId, convertedInvoiceId, rejectionReason, sentAt,
                createdBy, createdAt, updatedAt, version);
    }

    /** Replaces the content. Errors: {@code INVALID_TRANSITION} unless DRAFT ({@link #refusalToRevise()}). */
    public void revise(QuoteDetails newDetails, Instant at) {
        refusalToRevise().ifPresent(Refusal::raise);
        this.details = Objects.requireNonNull(newDetails);
        this.updatedAt = at;
        record(new QuoteEvent.QuoteUpdated(id, at));
    }

    /** Why {@link #revise} would be refused now, if it would. */
    public Optional<Refusal> refusalToRevise() {
        if (status == QuoteStatus.DRAFT) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION,
                "Quote " + number + " is " + status + "; only a DRAFT quote can be edited"));
    }

    /**
     * Sends (DRAFT → SENT) or re-sends a SENT quote. Errors: {@code VALIDATION_ERROR} when there is no
     * contact, no line item, or the total is not above zero; {@code INVALID_TRANSITION} from other statuses.
     */
    public void send(Instant at) {
        refusalToSend().ifPresent(Refusal::raise);
        this.status = QuoteStatus.SENT;
        this.sentAt = at;
        this.updatedAt = at;
        record(new QuoteEvent.QuoteSent(id, at));
    }

    /** Why {@link #send} would be refused now (status first, then missing content), if it would. */
    public Optional<Refusal> refusalToSend() {
        if (status != QuoteStatus.SENT) {
            Optional<Refusal> transition = QuoteStatus.TRANSITIONS.refusal(label(), status, QuoteStatus.SENT,
                    "only a DRAFT quote can be sent");
            if (transition.isPresent()) {
                return transition;
            }
        }
        return new Validation()
                .check(details.contactId() == null, "contact_id", "A contact is required to send a quote")
                .check(details.lineItems().isEmpty(), "line_items", "At least one line item is required to send a quote")
                .check(!details.lineItems().isEmpty() && !totals().total().isPositive(), "total", "The quote total must be greater than zero")
                .refusal("Quote " + number + " cannot be sent");
    }

    /**
     * The customer accepted (SENT → APPROVED). Errors: {@code INVALID_TRANSITION} from other statuses or
     * when {@code today} (tenant-local) is after the expiry date.
     */
    public void approve(LocalDate today, Instant at) {
        refusalToApprove(today).ifPresent(Refusal::raise);
        this.status = QuoteStatus.APPROVED;
        this.updatedAt = at;
        record(new QuoteEvent.QuoteApproved(id, at));
    }

    /** Why {@link #approve} would be refused on {@code today} (tenant-local), if it would. */
    public Optional<Refusal> refusalToApprove(LocalDate today) {
        Optional<Refusal> transition = QuoteStatus.TRANSITIONS.refusal(label(), status, QuoteStatus.APPROVED,
                "only a SENT quote can be approved");
        if (transition.isPresent() || details.expiryDate() == null || !today.isAfter(details.expiryDate())) {
            return transition;
        }
        return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION,
                "Quote " + number + " expired on " + details.expiryDate() + " and can no longer be approved"));
    }

    /** The customer declined (SENT → REJECTED) with an optional reason. Errors: {@code INVALID_TRANSITION}. */
    public void reject(String reason, Instant at) {
        refusalToReject().ifPresent(Refusal::raise);
        this.status = QuoteStatus.REJECTED;
        this.rejectionReason = Text.clean(reason);
        this.updatedAt = at;
        record(new QuoteEvent.QuoteRejected(id, rejectionReason, at));
    }

    /** Why {@link #reject} would be refused now, if it would. */
    public Optional<Refusal> refusalToReject() {
        return QuoteStatus.TRANSITIONS.refusal(label(), status, QuoteStatus.REJECTED, "only a SENT quote can be rejected");
    }

    /** The offer lapsed (SENT → EXPIRED). Errors: {@code INVALID_TRANSITION}. */
    public void expire(Instant at) {
        QuoteStatus.TRANSITIONS.check(label(), status, QuoteStatus.EXPIRED, "only a SENT quote can expire");
        this.status = QuoteStatus.EXPIRED;
        this.updatedAt = at;
        record(new QuoteEvent.QuoteExpired(id, at));
    }

    /** Checks that this quote may become an invoice now. Errors: {@code INVALID_TRANSITION} unless APPROVED. */
    public void requireConvertible() {
        refusalToConvert().ifPresent(Refusal::raise);
    }

    /** Why converting to an invoice would be refused now, if it would. */
    public Optional<Refusal> refusalToConvert() {
        return QuoteStatus.TRANSITIONS.refusal(label(), status, QuoteStatus.CONVERTED,
                "only an APPROVED quote can be converted to an invoice");
    }

    /** Records the invoice made from this quote (APPROVED → CONVERTED). Errors: {@code INVALID_TRANSITION}. */
    public void markConverted(InvoiceId invoice, Instant at) {
        requireConvertible();
        this.status = QuoteStatus.CONVERTED;
        this.convertedInvoiceId = Objects.requireNonNull(invoice);
        this.updatedAt = at;
        record(new QuoteEvent.QuoteConverted(id, invoice, at));
    }

    /** Subtotal, discount, tax and total derived from the line items. */
    public DocumentTotals totals() {
        return DocumentTotals.of(details.lineItems(), details.currency());
    }

    private String label() {
        return "Quote " + number;
    }

    public QuoteId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public String number() { return number; }
    public QuoteStatus status() { return status; }
    public QuoteDetails details() { return details; }
    public Optional<WorkItemId> workItemId() { return Optional.ofNullable(workItemId); }
    public Optional<InvoiceId> convertedInvoiceId() { return Optional.ofNullable(convertedInvoiceId); }
    public Optional<String> rejectionReason() { return Optional.ofNullable(rejectionReason); }
    public Optional<Instant> sentAt() { return Optional.ofNullable(sentAt); }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
