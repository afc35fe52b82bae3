package io.smbhub.application.port.in.workitem;

import io.smbhub.application.port.in.Actor;

/**
 * Edit fields, move status, assign (spec smb-hub-prd.md Story 2.2, 12.2 A). Errors: {@code FORBIDDEN},
 * {@code NOT_FOUND}, {@code VALIDATION_ERROR}, {@code INVALID_TRANSITION}, {@code CONFLICT}.
 */
public interface UpdateWorkItemUseCase {
    WorkItemView update(Actor actor, UpdateWorkItemCommand command);
}
