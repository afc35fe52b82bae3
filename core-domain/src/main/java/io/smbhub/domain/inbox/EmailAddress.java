package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.ContactPoints;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.Text;

/**
 * An email address (stored lower-case, checked by {@link ContactPoints#email}) with an optional display name
 * (≤ 200 chars). Errors: {@code VALIDATION_ERROR} on the given field when the address is missing or malformed.
 */
public record EmailAddress(String address, String name) {

    public EmailAddress {
        String checked = ContactPoints.email(address, "address");
        if (checked == null) {
            throw DomainException.invalid("address", "An email address is required");
        }
        address = checked;
        name = Text.clean(name);
        if (name != null && name.length() > 200) {
            name = name.substring(0, 200);
        }
    }

    /** Parses {@code address} for {@code field}. Errors: {@code VALIDATION_ERROR} on {@code field}. */
    public static EmailAddress of(String address, String name, String field) {
        String checked = ContactPoints.email(address, field);
        if (checked == null) {
            throw DomainException.invalid(field, "An email address is required");
        }
        return new EmailAddress(checked, name);
    }

    /** {@code "Name <address>"}, or the bare address without a name. */
    @Override
    public String toString() {
        return name == null ? address : name + " <" + address + ">";
    }
}
