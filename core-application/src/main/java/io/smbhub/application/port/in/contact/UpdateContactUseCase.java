package io.smbhub.application.port.in.contact;

import io.smbhub.application.port.in.Actor;

/**
 * Edit a contact (spec smb-hub-prd.md Story 1.1). Errors: {@code FORBIDDEN}, {@code NOT_FOUND},
 * {@code VALIDATION_ERROR}, {@code CONFLICT} (stale version).
 */
public interface UpdateContactUseCase {
    ContactView update(Actor actor, UpdateContactCommand command);
}
