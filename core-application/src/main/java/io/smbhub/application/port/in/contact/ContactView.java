package io.smbhub.application.port.in.contact;

import io.smbhub.domain.contact.Address;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact as clients read it (spec smb-hub-prd.md 2.1 "Contact"); times UTC; {@code version} for If-Match. */
public record ContactView(UUID id, ContactType type, String displayName, String companyName, String email, String phone,
                          Address address, List<String> tags, String notes, ContactStatus status,
                          Instant createdAt, Instant updatedAt, long version,
        List<String> allowedActions) {
    /**
     * The view of {@code x} at {@code version}; {@code allowedActions} are the actions the asking actor may take
     * now (spec smb-hub-prd.md 12.7; empty in audit snapshots, which leave them out).
     */
    public static ContactView of(Contact c, long version, List<String> allowedActions) {
        var d = c.details();
        return new ContactView(c.id().value(), d.type(), d.displayName(), d.companyName(), d.email(), d.phone(),
                d.address(), d.tags(), d.notes(), d.status(), c.createdAt(), c.updatedAt(), version,
                List.copyOf(allowedActions));
    }
}
