package io.smbhub.application.port.in.workitem;

import io.smbhub.application.port.in.Actor;

/**
 * Create a work item in status NEW (spec smb-hub-prd.md Story 2.1). Errors: {@code FORBIDDEN},
 * {@code VALIDATION_ERROR} (also when the contact does not exist).
 */
public interface CreateWorkItemUseCase {
    WorkItemView create(Actor actor, CreateWorkItemCommand command);
}
