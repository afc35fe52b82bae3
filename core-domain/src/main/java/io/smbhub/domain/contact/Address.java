package io.smbhub.domain.contact;

import io.smbhub.domain.shared.Text;

/** A postal address; every part optional, trimmed, blank stored as {@code null}. {@code country} is free text or ISO 3166 code. */
public record Address(String line1, String line2, String city, String region, String postalCode, String country) {
    public static final Address EMPTY = new Address(null, null, null, null, null, null);

    public Address {
        line1 = Text.clean(line1);
        line2 = Text.clean(line2);
        city = Text.clean(city);
        region = Text.clean(region);
        postalCode = Text.clean(postalCode);
        country = Text.clean(country);
    }
}
