package io.smbhub.application.port.in.contact;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.ContactId;

/** Soft-delete a contact (spec smb-hub-prd.md 2.3). Errors: {@code FORBIDDEN}, {@code NOT_FOUND}. */
public interface DeleteContactUseCase {
    void delete(Actor actor, ContactId id);
}
