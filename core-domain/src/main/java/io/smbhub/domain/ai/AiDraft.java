package io.smbhub.domain.ai;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.UserId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The output of Text-to-Task before a human applies it (spec smb-hub-prd.md 2.1 "AI Draft", 1.4.A, 10.5, 12.2 E):
 * the {@code intent}, the extracted {@link DraftFields}, a {@code confidence} in [0, 1] (two decimals), the
 * {@code extractor} that produced it (e.g. {@code rules}, {@code gemini-2.5-flash}), the source ({@link AiDraftSource}
 * and id, with the text that was parsed), and the review: status, reviewer, notes and, once applied, the
 * {@link AppliedTarget}. Status moves only through {@link AiDraftStatus#TRANSITIONS}.
 *
 * <p>Safety rules: a draft only ever becomes an object in DRAFT/NEW state — applying never sends, charges or
 * messages anyone; applying an APPLIED draft answers the same target (idempotent); only a model-extracted draft at
 * or above the tenant's threshold may be applied automatically ({@link #autoApplicable}).
 */
public final class AiDraft extends AggregateRoot<AiDraftEvent> {

    /** Name of the offline rule-based extractor; its drafts never auto-apply. */
    public static final String RULES_EXTRACTOR = "rules";

    private final AiDraftId id;
    private final TenantId tenantId;
    private final AiDraftSource source;
    private final UUID sourceId;
    private final String sourceText;
    private AiIntent intent;
    private DraftFields fields;
    private final BigDecimal confidence;
    private final String extractor;
    private AiDraftStatus status;
    private UserId reviewedBy;
    private String reviewNotes;
    private AppliedTarget appliedTarget;
    private boolean edited;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private AiDraft(AiDraftId id, TenantId tenantId, AiDraftSource source, UUID sourceId, String sourceText,
                    AiIntent intent, DraftFields fields, BigDecimal confidence, String extractor, AiDraftStatus status,
                    UserId reviewedBy, String reviewNotes, AppliedTarget appliedTarget, boolean edited, UserId createdBy,
                    Instant createdAt, Instant updatedAt, long version) {
        super(version);
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.source = Objects.requireNonNull(source, "source");
        this.sourceId = sourceId;
        this.sourceText = sourceText;
        this.intent = Objects.requireNonNull(intent, "intent");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.status = Objects.requireNonNull(status, "status");
        this.reviewedBy = reviewedBy;
        this.reviewNotes = reviewNotes;
        this.appliedTarget = appliedTarget;
        this.edited = edited;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * A new draft in PENDING_QC. {@code confidence} is clamped to [0, 1] and rounded to two decimals (half-up);
     * {@code sourceText} is the text parsed (kept for the reviewer, ≤ 20,000 chars; longer text is cut);
     * {@code createdBy} is null for a draft made by the system (an inbound message). Records {@code ai_draft.created}.
     */
    public static AiDraft create(AiDraftId id, TenantId tenantId, AiDraftSource source, UUID sourceId, String sourceText,
                                 AiIntent intent, DraftFields fields, BigDecimal confidence, String extractor,
                                 UserId createdBy, Instant at) {
        if (source != AiDraftSource.MANUAL && sourceId == null) {
            throw DomainException.invalid("source_id", "A draft from a " + source + " needs the source id");
        }
        String text = sourceText == null ? null : sourceText.length() > 20_000 ? sourceText.substring(0, 20_000) : sourceText;
        AiDraft draft = new AiDraft(id, tenantId, source, sourceId, text, intent, fields, clamp(confidence),
                Objects.requireNonNull(Text.clean(extractor), "extractor"), AiDraftStatus.PENDING_QC, null, null, null,
                false, createdBy, at, at, 0);
        draft.record(new AiDraftEvent.AiDraftCreated(id, intent, at));
        return draft;
    }

    /** Reloads a stored draft at {@code version}. */
    public static AiDraft rehydrate(AiDraftId id, TenantId tenantId, AiDraftSource source, UUID sourceId,
                                    String sourceText, AiIntent intent, DraftFields fields, BigDecimal confidence,
                                    String extractor, AiDraftStatus status, UserId reviewedBy, String reviewNotes,
                                    AppliedTarget appliedTarget, boolean edited, UserId createdBy, Instant createdAt,
                                    Instant updatedAt, long version) {
        return new AiDraft(id, tenantId, source, sourceId, sourceText, intent, fields, confidence, extractor, status,
                reviewedBy, reviewNotes, appliedTarget, edited, createdBy, createdAt, updatedAt, version);
    }

    /**
     * A reviewer's edit before applying: a new intent and/or fields (null = unchanged). Only PENDING_QC or APPROVED
     * drafts can be edited. Records {@code ai_draft.edited} when anything changed. Errors: {@code INVALID_TRANSITION}
     * for an applied or rejected draft.
     */
    public void edit(AiIntent newIntent, DraftFields newFields, UserId by, Instant at) {
        if (status == AiDraftStatus.APPLIED || status == AiDraftStatus.REJECTED) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION, "AI draft " + id + " is " + status
                    + " and can no longer be edited");
        }
        AiIntent i = newIntent == null ? intent : newIntent;
        DraftFields f = newFields == null ? fields : newFields;
        if (i == intent && f.equals(fields)) {
            return;
        }
        intent = i;
        fields = f;
        edited = true;
        reviewedBy = by;
        updatedAt = at;
        record(new AiDraftEvent.AiDraftEdited(id, at));
    }

    /** PENDING_QC → APPROVED by a reviewer, with optional notes. Records {@code ai_draft.approved}. */
    public void approve(UserId by, String notes, Instant at) {
        move(AiDraftStatus.APPROVED, "only a draft waiting for review can be approved");
        review(by, notes, at);
        record(new AiDraftEvent.AiDraftApproved(id, at));
    }

    /** PENDING_QC or APPROVED → REJECTED; nothing is created. Records {@code ai_draft.rejected}. */
    public void reject(UserId by, String notes, Instant at) {
        move(AiDraftStatus.REJECTED, "an applied draft has already created its object");
        review(by, notes, at);
        record(new AiDraftEvent.AiDraftRejected(id, at));
    }

    /**
     * Checks that the fields are enough for the intent before the caller creates the object. Errors:
     * {@code INVALID_TRANSITION} (rejected draft), {@code VALIDATION_ERROR} naming the missing {@code payload.*}
     * fields (e.g. an invoice without line items).
     */
    public void requireApplicable() {
        if (status == AiDraftStatus.REJECTED) {
            AiDraftStatus.TRANSITIONS.check("AI draft " + id, status, AiDraftStatus.APPLIED,
                    "a rejected draft creates nothing; parse again or create it manually");
        }
        DraftFields.requireApplicable(intent, fields);
    }

    /**
     * Records that applying created {@code target}: → APPLIED, with optional review {@code notes}. {@code by} is null
     * when applied automatically. Records {@code ai_draft.applied}. Errors: {@code INVALID_TRANSITION} (already
     * applied or rejected), {@code VALIDATION_ERROR} on {@code notes} (over 2,000 characters).
     */
    public void markApplied(AppliedTarget target, UserId by, String notes, Instant at) {
        Objects.requireNonNull(target, "target");
        move(AiDraftStatus.APPLIED, "a draft is applied once; applying again answers the same target");
        appliedTarget = target;
        review(by == null ? reviewedBy : by, notes, at);
        record(new AiDraftEvent.AiDraftApplied(id, target, by == null, at));
    }

    /**
     * Whether the draft may be applied with no human: it is PENDING_QC, was extracted by a model (never by the
     * offline {@link #RULES_EXTRACTOR}), and its confidence is at least {@code threshold}.
     */
    public boolean autoApplicable(BigDecimal threshold) {
        return status == AiDraftStatus.PENDING_QC && !RULES_EXTRACTOR.equals(extractor)
                && threshold != null && confidence.compareTo(threshold) >= 0;
    }

    /** HIGH (≥ 0.85), MEDIUM (≥ 0.60) or LOW: the confidence indicator of spec 10.5.2. */
    public String confidenceLevel() {
        return confidence.compareTo(new BigDecimal("0.85")) >= 0 ? "HIGH"
                : confidence.compareTo(new BigDecimal("0.60")) >= 0 ? "MEDIUM" : "LOW";
    }

    private void move(AiDraftStatus to, String why) {
        AiDraftStatus.TRANSITIONS.check("AI draft " + id, status, to, why);
        status = to;
    }

    private void review(UserId by, String notes, Instant at) {
        String n = notes == null || notes.isBlank() ? null : notes.strip();
        if (n != null && n.length() > 2000) {
            throw DomainException.invalid("notes", "Review notes are longer than 2000 characters");
        }
        reviewedBy = by;
        if (n != null) {
            reviewNotes = n;
        }
        updatedAt = at;
    }

    private static BigDecimal clamp(BigDecimal c) {
        if (c == null || c.signum() < 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return (c.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : c).setScale(2, RoundingMode.HALF_UP);
    }

    public AiDraftId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public AiDraftSource source() { return source; }
    public UUID sourceId() { return sourceId; }
    public String sourceText() { return sourceText; }
    public AiIntent intent() { return intent; }
    public DraftFields fields() { return fields; }
    public BigDecimal confidence() { return confidence; }
    public String extractor() { return extractor; }
    public AiDraftStatus status() { return status; }
    public UserId reviewedBy() { return reviewedBy; }
    public String reviewNotes() { return reviewNotes; }
    public Optional<AppliedTarget> appliedTarget() { return Optional.ofNullable(appliedTarget); }
    public boolean edited() { return edited; }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
