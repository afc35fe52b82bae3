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
    private PaymentLink paymentLink;
    private ArStage arStage;
    private Instant lastRemindedAt;

    private Invoice(InvoiceId id, TenantId tenantId, String number, InvoiceStatus status, InvoiceDetails details,
                    Money amountPaid, QuoteId quoteId, WorkItemId workItemId, Instant lastSentAt, String voidReason,
                    UserId createdBy, Instant createdAt, Instant updatedAt, PaymentLink paymentLink, ArStage arStage,
                    Instant lastRemindedAt, long version) {
        super(version);
        this.arStage = arStage == null ? ArStage.NONE : arStage;
        this.lastRemindedAt = lastRemindedAt;
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
        this.paymentLink = paymentLink;
    }

    /** A new DRAFT invoice numbered {@code number} (e.g. {@code INV-000123}); records {@code invoice.created}. */
    public static Invoice create(InvoiceId id, TenantId tenantId, String number, InvoiceDetails details, QuoteId quoteId,
                                 WorkItemId workItemId, UserId createdBy, Instant at) {
        Invoice invoice = new Invoice(id, tenantId, number, InvoiceStatus.DRAFT, details, Money.zero(details.currency()),
                quoteId, workItemId, null, null, createdBy, at, at, null, ArStage.NONE, null, 0);
        invoice.record(new InvoiceEvent.InvoiceCreated(id, at));
        return invoice;
    }

    /** Reloads a stored invoice at {@code version}; {@code paymentLink} may be null. */
    public static Invoice rehydrate(InvoiceId id, TenantId tenantId, String number, InvoiceStatus status,
                                    InvoiceDetails details, Money amountPaid, QuoteId quoteId, WorkItemId workItemId,
                                    Instant lastSentAt, String voidReason, UserId createdBy, Instant createdAt,
                                    Instant updatedAt, PaymentLink paymentLink, long version) {
        return rehydrate(id, tenantId, number, status, details, amountPaid, quoteId, workItemId, lastSentAt, voidReason,
                createdBy, createdAt, updatedAt, paymentLink, ArStage.NONE, null, version);
    }

    /**
     * Reloads a stored invoice at {@code version} with its collections state: {@code arStage} (null = NONE) and
     * {@code lastRemindedAt} (UTC, null when never reminded).
     */
    public static Invoice rehydrate(InvoiceId id, TenantId tenantId, String number, InvoiceStatus status,
                                    InvoiceDetails details, Money amountPaid, QuoteId quoteId, WorkItemId workItemId,
                                    Instant lastSentAt, String voidReason, UserId createdBy, Instant createdAt,
                                    Instant updatedAt, PaymentLink paymentLink, ArStage arStage, Instant lastRemindedAt,
                                    long version) {
        return new Invoice(id, tenantId, number, status, details, amountPaid, quoteId, workItemId, lastSentAt,
                voidReason, createdBy, createdAt, updatedAt, paymentLink, arStage, lastRemindedAt, version);
    }

    /**
     * The automated reminder stage due today under {@code daysAfterDue} (issue 5), or empty when none is: the invoice
     * must be open with money due, past its due date ({@code today} is the tenant-local date), and the due stage
     * beyond the one already reached. When several stages fell due at once (reminders were off or the scheduler
     * was down), only the latest is due: the customer gets one email, not a burst.
     */
    public Optional<ArStage> dueReminderStage(LocalDate today, java.util.List<Integer> daysAfterDue) {
        if (!isOverdue(today)) {
            return Optional.empty();
        }
        long daysOverdue = java.time.temporal.ChronoUnit.DAYS.between(details.dueDate(), today);
        return ArStage.dueAt(daysOverdue, daysAfterDue).filter(stage -> stage.compareTo(arStage) > 0);
    }

    /**
     * Records the automated reminder of {@code stage} (issue 5): {@code ar_stage} advances to it. Errors:
     * {@code INVALID_TRANSITION} when the invoice is not open with money due ({@link #refusalToRemind()}) or
     * {@code stage} is not beyond the current stage. Records {@code invoice.reminder_sent}.
     */
    public void advanceArStage(ArStage stage, Instant at) {
        refusalToRemind().ifPresent(Refusal::raise);
        if (stage.compareTo(arStage) <= 0) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION, label() + " is already at collections stage "
                    + arStage + "; stage " + stage + " is not later");
        }
        ArStage from = arStage;
        arStage = stage;
        lastRemindedAt = at;
        updatedAt = at;
        record(new InvoiceEvent.InvoiceReminderSent(id, from, stage, false, at));
    }

    /**
     * Records a manual reminder (spec 3.11 "Manual reminder button always"); {@code ar_stage} is unchanged.
     * Errors: {@code INVALID_TRANSITION} per {@link #refusalToRemind()}. Records {@code invoice.reminder_sent}.
     */
    public void remindManually(Instant at) {
        refusalToRemind().ifPresent(Refusal::raise);
        lastRemindedAt = at;
        updatedAt = at;
        record(new InvoiceEvent.InvoiceReminderSent(id, arStage, arStage, true, at));
    }

    /** Why a reminder would be refused now: only a SENT or PARTIALLY_PAID invoice with money due is reminded. */
    public Optional<Refusal> refusalToRemind() {
        if (status.isOpen() && amountDue().isPositive()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION, label() + " is " + status
                + (status.isOpen() ? " with nothing due" : "") + "; only a sent invoice with money due gets reminders"));
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
        if (!status.isOpen() && status != InvoiceStatus.DRAFT) {
            // PAID → SENT exists only for refunds; sending is for DRAFT (first send) and open invoices (re-send).
            return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION,
                    label() + " is " + status + "; only a DRAFT invoice can be sent, or an open one re-sent"));
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

    /**
     * Sets the amount paid to {@code netPaid} — the sum over the invoice's payments of what was captured and not
     * refunded — and lets the status follow (spec smb-hub-prd.md 12.5 "recompute amount_paid"): everything paid →
     * PAID; part → PARTIALLY_PAID; nothing (all refunded) → SENT (a DRAFT stays DRAFT). Money may
     * arrive from a payment provider before the invoice is marked sent, so a DRAFT moves straight to PAID or
     * PARTIALLY_PAID; a VOID invoice stays VOID and only records the money (it must be refunded). More than the
     * total is kept as paid (an overpayment: {@link #amountDue()} is then zero). Records one event when the
     * amount paid changed; returns whether it did.
     */
    public boolean settlePayments(Money netPaid, Instant at) {
        if (!netPaid.currency().equals(details.currency())) {
            throw DomainException.invalid("currency",
                    "Payments are in " + netPaid.currency() + " but invoice " + number + " is in " + details.currency());
        }
        if (netPaid.equals(amountPaid)) {
            return false;
        }
        Money previous = amountPaid;
        this.amountPaid = netPaid;
        if (status != InvoiceStatus.VOID) {
            Money total = totals().total();
            InvoiceStatus next;
            if (netPaid.isPositive() && !total.isGreaterThan(netPaid)) {
                next = InvoiceStatus.PAID;
            } else if (netPaid.isPositive()) {
                next = InvoiceStatus.PARTIALLY_PAID;
            } else {
                next = status == InvoiceStatus.DRAFT ? InvoiceStatus.DRAFT : InvoiceStatus.SENT;
            }
            if (next != status) {
                InvoiceStatus.TRANSITIONS.check(label(), status, next, "its payments cannot move it there");
                this.status = next;
            }
        }
        this.updatedAt = at;
        record(new InvoiceEvent.InvoicePaymentsSettled(id, previous, netPaid, status, at));
        return true;
    }

    /**
     * Stores a newly created payment link (spec 3.2 Flow C); records {@code invoice.payment_link_created}.
     * Errors as {@link #refusalToCreatePaymentLink()}.
     */
    public void attachPaymentLink(PaymentLink link, Instant at) {
        refusalToCreatePaymentLink().ifPresent(Refusal::raise);
        this.paymentLink = Objects.requireNonNull(link);
        this.updatedAt = at;
        record(new InvoiceEvent.InvoicePaymentLinkCreated(id, link.amount(), link.expiresAt(), at));
    }

    /**
     * Why a payment link would be refused now: {@code INVALID_TRANSITION} unless SENT or PARTIALLY_PAID with an
     * amount due above zero (a DRAFT must be sent first; PAID and VOID invoices collect nothing).
     */
    public Optional<Refusal> refusalToCreatePaymentLink() {
        if (status.isOpen() && amountDue().isPositive()) {
            return Optional.empty();
        }
        String why = switch (status) {
            case DRAFT -> "send the invoice before asking for payment";
            case VOID -> "a void invoice takes no payment";
            default -> "nothing is due";
        };
        return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION, "Invoice " + number + " is " + status + ": " + why));
    }

    /** The stored payment link when it still collects the amount due and stays valid a while past {@code now}. */
    public Optional<PaymentLink> reusablePaymentLink(Instant now) {
        return Optional.ofNullable(paymentLink).filter(link -> link.reusableFor(amountDue(), now));
    }

    /** Derived totals of the line items. */
    public DocumentTotals totals() {
        return DocumentTotals.of(details.lineItems(), details.currency());
    }

    /** {@code total − amountPaid} in the invoice currency, never below zero (an overpayment leaves nothing due). */
    public Money amountDue() {
        Money due = totals().total().minus(amountPaid);
        return due.isNegative() ? Money.zero(details.currency()) : due;
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
    public Optional<PaymentLink> paymentLink() { return Optional.ofNullable(paymentLink); }
    public ArStage arStage() { return arStage; }
    public Optional<Instant> lastRemindedAt() { return Optional.ofNullable(lastRemindedAt); }
}
