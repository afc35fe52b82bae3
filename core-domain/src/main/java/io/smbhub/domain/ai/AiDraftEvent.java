package io.smbhub.domain.ai;

import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.DomainEvent;

import java.time.Instant;

/** What happened to an AI draft (spec smb-hub-prd.md 3.14 "Analytics" {@code ops.ai_draft.*}, 6.3.2 audit). */
public sealed interface AiDraftEvent extends DomainEvent {

    AiDraftId draftId();

    record AiDraftCreated(AiDraftId draftId, AiIntent intent, Instant occurredAt) implements AiDraftEvent {
        public String action() { return "ai_draft.created"; }
    }

    /** A reviewer changed the intent and/or fields before applying; the audit entry holds before and after. */
    record AiDraftEdited(AiDraftId draftId, Instant occurredAt) implements AiDraftEvent {
        public String action() { return "ai_draft.edited"; }
    }

    record AiDraftApproved(AiDraftId draftId, Instant occurredAt) implements AiDraftEvent {
        public String action() { return "ai_draft.approved"; }
    }

    record AiDraftRejected(AiDraftId draftId, Instant occurredAt) implements AiDraftEvent {
        public String action() { return "ai_draft.rejected"; }
    }

    /** Applied by a member, or automatically ({@code automatic}) above the tenant's auto-apply threshold. */
    record AiDraftApplied(AiDraftId draftId, AppliedTarget target, boolean automatic, Instant occurredAt)
            implements AiDraftEvent {
        public String action() { return "ai_draft.applied"; }
    }
}
