package io.smbhub.domain.contact;

import io.smbhub.domain.shared.ContactPoints;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.util.List;
import java.util.Objects;

/**
 * The editable fields of a contact (spec smb-hub-prd.md 2.1 "Contact"), validated together:
 * {@code display_name} required (≤ 200 chars), {@code email} and {@code phone} checked when present,
 * tags trimmed, de-duplicated, ≤ 50 of ≤ 50 chars. Errors: {@code VALIDATION_ERROR} with field details.
 */
public record ContactDetails(ContactType type, String displayName, String companyName, String email, String phone,
                             Address address, List<String> tags, String notes, ContactStatus status) {
    public ContactDetails {
        Validation v = new Validation();
        type = type == null ? ContactType.CUSTOMER : type;
        status = status == null ? ContactStatus.ACTIVE : status;
        displayName = Text.clean(displayName);
        companyName = Text.clean(companyName);
        notes = Text.clean(notes);
        address = address == null ? Address.EMPTY : address;
        List<String> cleanTags = tags == null ? List.of()
                : tags.stream().map(Text::clean).filter(Objects::nonNull).distinct().toList();
        v.check(displayName == null, "display_name", "Display name is required")
                .check(displayName != null && displayName.length() > 200, "display_name", "Display name is longer than 200 characters")
                .check(cleanTags.size() > 50, "tags", "At most 50 tags")
                .check(cleanTags.stream().anyMatch(t -> t.length() > 50), "tags", "A tag is longer than 50 characters");
        String[] checked = new String[2];
        String rawEmail = email;
        String rawPhone = phone;
        v.capture("", () -> checked[0] = ContactPoints.email(rawEmail, "email"));
        v.capture("", () -> checked[1] = ContactPoints.phone(rawPhone, "phone"));
        v.throwIfAny("Contact is invalid");
        email = checked[0];
        phone = checked[1];
        tags = cleanTags;
    }
}
