package io.smbhub.application.port.in.contact;

import io.smbhub.domain.contact.ContactDetails;

import java.util.Objects;

/** Create a contact from validated {@link ContactDetails}. */
public record CreateContactCommand(ContactDetails details) {
    public CreateContactCommand {
        Objects.requireNonNull(details, "details");
    }
}
