package io.smbhub.domain.invoice;

import io.smbhub.domain.shared.InvoiceId;

import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.Refusal;
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
 * A bill to a customer (spec smb-hub-prd.md 2.1 "Invoice", 12.2 C, Epic 5). Content is editable only in
 * DRAFT; totals derive from line items ({@link DocumentTotals}); {@code amountDue = total − amountPaid}.
 * Status moves only through {@link InvoiceStatus#TRANSITIONS}; OVERDUE is derived, never stored.
 */
public final class Invoice extends AggregateRoot<InvoiceEvent> {

    private final InvoiceId id;
    private final TenantId tenantId;
    private final String number;
    private InvoiceStatus status;
    private InvoiceDetails details;
    private Money amountPaid;
    private final QuoteId quoteId;
    private final WorkItemId workItemId;
    private Instant lastSentAt;
    private String voidReason;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private Invoice(InvoiceId id, TenantId tenantId, String number, InvoiceStatus status, InvoiceDetails details,
                    Money amountPaid, QuoteId quoteId, WorkItemId workItemId, Instant lastSentAt, String voidReason,
                    UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
        super(version);
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.number = Objects.requireNonNull(number);
        this.status = Objects.requireNonNull(status);
        this.details = Objects.requireNonNull(details);
        this.amountPaid = Objects.requireNonNull(amountPaid);
        this.quoteId = quoteId;
        this.workItemId = workItemId;
        this.lastSentAt = lastSentAt;
        this.voidReason = voidReason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new DRAFT invoice numbered {@code number} (e.g. {@code INV-000123}); records {@code invoice.created}. */
    public static Invoice create(InvoiceId id, TenantId tenantId, String number, InvoiceDetails details, QuoteId quoteId,
                                 WorkItemId workItemId, UserId createdBy, Instant at) {
        Invoice invoice = new Invoice(id, tenantId, number, InvoiceStatus.DRAFT, details, Money.zero(details.currency()),
                quoteId, workItemId, null, null, createdBy, at, at, 0);
        invoice.record(new InvoiceEvent.InvoiceCreated(id, at));
        return invoice;
    }

    /** Reloads a stored invoice at {@code version}. */
    public static Invoice rehydrate(InvoiceId id, TenantId tenantId, String number, InvoiceStatus status,
                                    InvoiceDetails details, Money amountPaid, QuoteId quoteId, WorkItemId workItemId,
                                    Instant lastSentAt, String voidReason, UserId createdBy, Instant createdAt,
                                    Instant updatedAt, long version) {
        return new Invoice(id, tenantId, number, status, details, amountPaid, quoteId, workItemId, lastSentAt,
                voidReason, createdBy, createdAt, updatedAt, version);
    }

    /** Replaces the content. Errors: {@code INVALID_TRANSITION} unless DRAFT ({@link #refusalToRevise()}). */
    public void revise(InvoiceDetails newDetails, Instant at) {
        refusalToRevise().ifPresent(Refusal::raise);
        this.details = Objects.requireNonNull(newDetails);
        this.amountPaid = Money.zero(newDetails.currency());
        this.updatedAt = at;
        record(new InvoiceEvent.InvoiceUpdated(id, at));
    }

    /** Why {@link #revise} would be refused now, if it would. */
    public Optional<Refusal> refusalToRevise() {
        if (status == InvoiceStatus.DRAFT) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION,
                "Invoice " + number + " is " + status + "; only a DRAFT invoice can be edited"));
    }

    /**
     * Sends a DRAFT (→ SENT) or re-sends an open invoice (status unchanged). Errors: {@code VALIDATION_ERROR}
     * when contact, issue date, due date or line items are missing, or the total is not above zero;
     * {@code INVALID_TRANSITION} for PAID or VOID.
     */
    public void send(Instant at) {
        refusalToSend().ifPresent(Refusal::raise);
        boolean resend = status.isOpen();
        if (!resend) {
            this.status = InvoiceStatus.SENT;
        }
        this.lastSentAt = at;
        this.updatedAt = at;
        record(new InvoiceEvent.InvoiceSent(id, resend, at));
    }

    /** Why {@link #send} would be refused now (status first, then missing content), if it would. */
    public Optional<Refusal> refusalToSend() {
        if (!status.isOpen()) {
            Optional<Refusal> transition = InvoiceStatus.TRANSITIONS.refusal(label(), status, InvoiceStatus.SENT,
                    "only a DRAFT invoice can be sent");
            if (transition.isPresent()) {
                return transition;
            }
        }
        return new Validation()
                .check(details.contactId() == null, "contact_id", "A contact is required to send an invoice")
                .check(details.issueDate() == null, "issue_date", "An issue date is required to send an invoice")
                .check(details.dueDate() == null, "due_date", "A due date is required to send an invoice")
                .check(details.lineItems().isEmpty(), "line_items", "At least one line item is required to send an invoice")
                .check(!details.lineItems().isEmpty() && !totals().total().isPositive(), "total", "The invoice total must be greater than zero")
                .refusal("Invoice " + number + " cannot be sent");
    }

    /**
     * Applies a received payment; status becomes PAID when nothing is due, else PARTIALLY_PAID.
     * Errors: {@code INVALID_TRANSITION} unless SENT or PARTIALLY_PAID (a VOID invoice takes no payment,
     * a DRAFT must be sent first); {@code VALIDATION_ERROR} on {@code currency} for another currency, on
     * {@code amount} when not above zero or above the amount due.
     */
    public void applyPayment(Money amount, Instant at) {
        refusalToTakePayment().ifPresent(Refusal::raise);
        if (!amount.currency().equals(details.currency())) {
            throw DomainException.invalid("currency",
                    "Payment is in " + amount.currency() + " but invoice " + number + " is in " + details.currency());
        }
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "Payment amount must be greater than zero");
        }
        Money due = amountDue();
        if (amount.isGreaterThan(due)) {
            throw DomainException.invalid("amount",
                    "Payment " + amount + " exceeds the amount due " + due + " on invoice " + number);
        }
        this.amountPaid = amountPaid.plus(amount);
        InvoiceStatus next = amountDue().isZero() ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
        if (next != status) {
            InvoiceStatus.TRANSITIONS.check(label(), status, next, "payment cannot move it there");
            this.status = next;
        }
        this.updatedAt = at;
        record(new InvoiceEvent.InvoicePaymentApplied(id, amount, status, at));
    }

    /**
     * Cancels the invoice (DRAFT | SENT → VOID). Errors: {@code INVALID_TRANSITION} once any payment is
     * applied (refund first) or when already VOID.
     */
    public void voidInvoice(String reason, Instant at) {
        refusalToVoid().ifPresent(Refusal::raise);
        this.status = InvoiceStatus.VOID;
        this.voidReason = Text.clean(reason);
        this.updatedAt = at;
        record(new InvoiceEvent.InvoiceVoided(id, voidReason, at));
    }

    /** Why {@link #applyPayment} would be refused by status now (amount checks aside), if it would. */
    public Optional<Refusal> refusalToTakePayment() {
        if (status.isOpen()) {
            return Optional.empty();
        }
        String why = switch (status) {
            case VOID -> "a void invoice takes no payment";
            case DRAFT -> "send the invoice before recording a payment";
            default -> "nothing is due";
        };
        return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION, "Invoice " + number + " is " + status + ": " + why));
    }

    /** Why {@link #voidInvoice} would be refused now, if it would. */
    public Optional<Refusal> refusalToVoid() {
        return InvoiceStatus.TRANSITIONS.refusal(label(), status, InvoiceStatus.VOID,
                status == InvoiceStatus.VOID ? "it is already void" : "an invoice with payments cannot be voided; refund them first");
    }

    /** Derived totals of the line items. */
    public DocumentTotals totals() {
        return DocumentTotals.of(details.lineItems(), details.currency());
    }

    /** {@code total − amountPaid}, in the invoice currency. */
    public Money amountDue() {
        return totals().total().minus(amountPaid);
    }

    /** OVERDUE (derived): open, {@code today} (tenant-local) after the due date, and money still due. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && details.dueDate() != null && today.isAfter(details.dueDate()) && amountDue().isPositive();
    }

    private String label() {
        return "Invoice " + number;
    }

    public InvoiceId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public String number() { return number; }
    public InvoiceStatus status() { return status; }
    public InvoiceDetails details() { return details; }
    public Money amountPaid() { return amountPaid; }
    public Optional<QuoteId> quoteId() { return Optional.ofNullable(quoteId); }
    public Optional<WorkItemId> workItemId() { return Optional.ofNullable(workItemId); }
    public Optional<Instant> lastSentAt() { return Optional.ofNullable(lastSentAt); }
    public Optional<String> voidReason() { return Optional.ofNullable(voidReason); }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
