package io.smbhub.application.port.in.contact;

import io.smbhub.application.port.in.Actor;

/** Create a contact (spec smb-hub-prd.md Epic 1, Story 1.1). Errors: {@code FORBIDDEN}, {@code VALIDATION_ERROR}. */
public interface CreateContactUseCase {
    ContactView create(Actor actor, CreateContactCommand command);
}
