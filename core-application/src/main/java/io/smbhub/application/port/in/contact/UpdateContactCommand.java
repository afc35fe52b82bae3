package io.smbhub.application.port.in.contact;

import io.smbhub.domain.shared.ContactId;

import java.util.Objects;

/**
 * Apply {@code patch} to a contact; when {@code expectedVersion} is given and the stored version differs
 * the update is refused with {@code CONFLICT} (spec smb-hub-prd.md 12.8).
 */
public record UpdateContactCommand(ContactId id, Long expectedVersion, ContactPatch patch) {
    public UpdateContactCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patch, "patch");
    }
}
