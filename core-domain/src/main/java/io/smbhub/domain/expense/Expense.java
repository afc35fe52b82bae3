package io.smbhub.domain.expense;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.UserId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A captured business expense (spec smb-hub-prd.md 2.1 "Expense", 3.12, Epic 6). Created in DRAFT; status moves only
 * through {@link ExpenseStatus#TRANSITIONS}: the submitter submits it, a reviewer approves or rejects it with a reason,
 * and editing a REJECTED expense takes it back to DRAFT. Content is editable in DRAFT and REJECTED only.
 * {@code source} and {@code aiConfidence} record how it was captured and never change.
 */
public final class Expense extends AggregateRoot<ExpenseEvent> {

    /** Longest rejection reason kept, in characters. */
    public static final int MAX_REASON = 2000;
    /** Decimal places kept of {@code ai_confidence} (stored as {@code numeric(3,2)}). */
    public static final int CONFIDENCE_SCALE = 2;

    private final ExpenseId id;
    private final TenantId tenantId;
    private ExpenseStatus status;
    private final ExpenseSource source;
    private ExpenseDetails details;
    private final BigDecimal aiConfidence;
    private String rejectionReason;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private Expense(ExpenseId id, TenantId tenantId, ExpenseStatus status, ExpenseSource source, ExpenseDetails details,
                    BigDecimal aiConfidence, String rejectionReason, UserId createdBy, Instant createdAt,
                    Instant updatedAt, long version) {
        super(version);
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.status = Objects.requireNonNull(status, "status");
        this.source = Objects.requireNonNull(source, "source");
        this.details = Objects.requireNonNull(details, "details");
        this.aiConfidence = aiConfidence;
        this.rejectionReason = rejectionReason;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new DRAFT expense captured from {@code source} by {@code createdBy}; records {@code expense.created}.
     * {@code aiConfidence} (may be null) is the extraction's confidence from 0 to 1, kept to two decimals (half-up).
     * Errors: {@code VALIDATION_ERROR} on {@code ai_confidence} outside 0–1.
     */
    public static Expense create(ExpenseId id, TenantId tenantId, ExpenseSource source, ExpenseDetails details,
                                 BigDecimal aiConfidence, UserId createdBy, Instant at) {
        Expense expense = new Expense(id, tenantId, ExpenseStatus.DRAFT, source, details, confidence(aiConfidence), null,
                createdBy, at, at, 0);
        expense.record(new ExpenseEvent.ExpenseCreated(id, at));
        return expense;
    }

    /** Reloads a stored expense at {@code version}. */
    public static Expense rehydrate(ExpenseId id, TenantId tenantId, ExpenseStatus status, ExpenseSource source,
                                    ExpenseDetails details, BigDecimal aiConfidence, String rejectionReason,
                                    UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
        return new Expense(id, tenantId, status, source, details, aiConfidence, rejectionReason, createdBy, createdAt,
                updatedAt, version);
    }

    /**
     * Replaces the content; a REJECTED expense goes back to DRAFT and loses its rejection reason (the audit log keeps
     * it). Errors: {@code INVALID_TRANSITION} when SUBMITTED or APPROVED ({@link #refusalToRevise()}).
     */
    public void revise(ExpenseDetails newDetails, Instant at) {
        refusalToRevise().ifPresent(Refusal::raise);
        this.details = Objects.requireNonNull(newDetails, "newDetails");
        if (status == ExpenseStatus.REJECTED) {
            this.status = ExpenseStatus.DRAFT;
            this.rejectionReason = null;
        }
        this.updatedAt = at;
        record(new ExpenseEvent.ExpenseUpdated(id, at));
    }

    /** Why {@link #revise} would be refused now, if it would. */
    public Optional<Refusal> refusalToRevise() {
        if (status == ExpenseStatus.DRAFT) {
            return Optional.empty();
        }
        return ExpenseStatus.TRANSITIONS.refusal(label(), status, ExpenseStatus.DRAFT,
                "only a DRAFT or REJECTED expense can be edited");
    }

    /** Hands the expense in for review (DRAFT → SUBMITTED). Errors: {@code INVALID_TRANSITION}. */
    public void submit(Instant at) {
        refusalToSubmit().ifPresent(Refusal::raise);
        this.status = ExpenseStatus.SUBMITTED;
        this.updatedAt = at;
        record(new ExpenseEvent.ExpenseSubmitted(id, at));
    }

    /** Why {@link #submit} would be refused now, if it would. */
    public Optional<Refusal> refusalToSubmit() {
        return ExpenseStatus.TRANSITIONS.refusal(label(), status, ExpenseStatus.SUBMITTED,
                status == ExpenseStatus.REJECTED ? "edit the rejected expense first, then submit it again"
                        : "only a DRAFT expense can be submitted");
    }

    /** Accepts the expense for the books (SUBMITTED → APPROVED). Errors: {@code INVALID_TRANSITION}. */
    public void approve(Instant at) {
        refusalToApprove().ifPresent(Refusal::raise);
        this.status = ExpenseStatus.APPROVED;
        this.updatedAt = at;
        record(new ExpenseEvent.ExpenseApproved(id, at));
    }

    /** Why {@link #approve} would be refused now, if it would. */
    public Optional<Refusal> refusalToApprove() {
        return ExpenseStatus.TRANSITIONS.refusal(label(), status, ExpenseStatus.APPROVED,
                "only a SUBMITTED expense can be approved");
    }

    /**
     * Sends the expense back to its submitter (SUBMITTED → REJECTED) with {@code reason}, which is required so
     * they know what to fix (≤ {@value #MAX_REASON} chars). Errors: {@code INVALID_TRANSITION} from other statuses;
     * {@code VALIDATION_ERROR} on {@code reason}.
     */
    public void reject(String reason, Instant at) {
        refusalToReject().ifPresent(Refusal::raise);
        String cleaned = Text.clean(reason);
        if (cleaned == null) {
            throw DomainException.invalid("reason", "A reason is required to reject " + label()
                    + "; say what the submitter should fix");
        }
        if (cleaned.length() > MAX_REASON) {
            throw DomainException.invalid("reason", "The reason is longer than " + MAX_REASON + " characters");
        }
        this.status = ExpenseStatus.REJECTED;
        this.rejectionReason = cleaned;
        this.updatedAt = at;
        record(new ExpenseEvent.ExpenseRejected(id, cleaned, at));
    }

    /** Why {@link #reject} would be refused now for its status (the reason is checked when rejecting), if it would. */
    public Optional<Refusal> refusalToReject() {
        return ExpenseStatus.TRANSITIONS.refusal(label(), status, ExpenseStatus.REJECTED,
                "only a SUBMITTED expense can be rejected");
    }

    private String label() {
        return "Expense " + id + (details.vendor() == null ? "" : " (" + details.vendor() + ")");
    }

    private static BigDecimal confidence(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw DomainException.invalid("ai_confidence", "ai_confidence must be between 0 and 1, got " + value.toPlainString());
        }
        return value.setScale(CONFIDENCE_SCALE, RoundingMode.HALF_UP);
    }

    public ExpenseId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public ExpenseStatus status() { return status; }
    public ExpenseSource source() { return source; }
    public ExpenseDetails details() { return details; }
    public Optional<BigDecimal> aiConfidence() { return Optional.ofNullable(aiConfidence); }
    public Optional<String> rejectionReason() { return Optional.ofNullable(rejectionReason); }
    /** The member who captured it ({@code null} only for rows made by no member). */
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
