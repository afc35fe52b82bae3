package io.smbhub.application.port.in.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.AiDraftId;

import java.util.List;
import java.util.Map;

/**
 * The AI draft QC queue (spec smb-hub-prd.md 3.14 "AI Draft Queue", 10.5.3, Story 7.2, 12.2 E; issue 6). Reading needs
 * {@code WORK_READ}; approve, reject, edit and apply need {@code WORK_WRITE} — and applying a quote/invoice draft
 * {@code DOCUMENTS_DRAFT}, an expense draft {@code EXPENSES_WRITE}. Every action is audited ({@code ai_draft.*};
 * an edit keeps the before and after payload). Applying creates the object in DRAFT/NEW state only — never sends,
 * charges or messages — and is idempotent: applying an APPLIED draft answers the same target.
 * Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_ERROR} (bad intent or payload field, fields missing
 * for the intent), {@code INVALID_TRANSITION} (e.g. approving a rejected draft), {@code CONFLICT} (stale
 * {@code expectedVersion}, or a concurrent apply).
 */
public interface AiDraftUseCase {

    /** One page of the queue, oldest first; {@code status}/{@code intent} wire values filter when given. */
    Page list(Actor actor, String status, String intent, String cursor, int limit);

    AiDraftView get(Actor actor, AiDraftId id);

    /** Edits the intent and/or payload (null = unchanged) before applying. */
    AiDraftView edit(Actor actor, AiDraftId id, Long expectedVersion, String intent, Map<String, Object> payload);

    AiDraftView approve(Actor actor, AiDraftId id, Long expectedVersion, String notes);

    AiDraftView reject(Actor actor, AiDraftId id, Long expectedVersion, String notes);

    /**
     * Applies the draft, first applying the optional edits ({@code intent}/{@code payload}, audited as an edit):
     * creates the work item, quote, invoice or expense (an AR message draft becomes a COLLECTION work item holding
     * the message for a member to send), links it, and marks the draft APPLIED. Applying again answers the same.
     */
    ApplyResult apply(Actor actor, AiDraftId id, Long expectedVersion, String intent, Map<String, Object> payload,
                      String notes);

    /** A page of drafts and the cursor of the next page (null at the end). */
    record Page(List<AiDraftView> items, String nextCursor) {
    }

    /**
     * The outcome of an apply: the draft (APPLIED), the created {@code targetType}/{@code targetId}, and
     * {@code alreadyApplied} true when this call found it applied before.
     */
    record ApplyResult(AiDraftView draft, String targetType, java.util.UUID targetId, boolean alreadyApplied) {
    }
}
