package io.smbhub.application.port.in.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.WorkItemId;

/**
 * Create a DRAFT quote with the next per-tenant number {@code Q-000001…} (spec smb-hub-prd.md Story 4.1).
 * Errors: {@code FORBIDDEN}, {@code VALIDATION_ERROR} (also for an unknown contact).
 */
public interface CreateQuoteUseCase {
    /** @param workItemId the originating work item, or {@code null} */
    QuoteView create(Actor actor, QuoteDraft draft, WorkItemId workItemId);
}
