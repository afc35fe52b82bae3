package io.smbhub.application.port.in.contact;

import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;

import java.util.List;

/**
 * A partial contact update (PATCH): a {@code null} field is left unchanged; an empty string clears an
 * optional text field; {@code tags} replaces the list when present.
 */
public record ContactPatch(ContactType type, String displayName, String companyName, String email, String phone,
                           String addressLine1, String addressLine2, String city, String region, String postalCode,
                           String country, List<String> tags, String notes, ContactStatus status) {
}
