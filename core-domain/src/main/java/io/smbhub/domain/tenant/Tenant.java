package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.TenantId;

import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * A business account (spec smb-hub-prd.md 2.1 "Tenant"): name, profile, IANA timezone (used for
 * "today" and due dates), ISO 4217 default currency, and an optional external organisation id that an
 * external identity provider's tokens map to.
 */
public final class Tenant {

    /** Profiles a tenant may select (spec 8.2.4). */
    public static final Set<String> PROFILES = Set.of("general", "retail_pos");

    private final TenantId id;
    private final String name;
    private final String profileId;
    private final ZoneId timezone;
    private final String currency;
    private final String externalOrgId;
    private final Instant createdAt;
    private final long version;

    private Tenant(TenantId id, String name, String profileId, ZoneId timezone, String currency,
                   String externalOrgId, Instant createdAt, long version) {
        this.id = id;
        this.name = name;
        this.profileId = profileId;
        this.timezone = timezone;
        this.currency = currency;
        this.externalOrgId = externalOrgId;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * A new tenant. Errors: {@code VALIDATION_ERROR} on {@code business_name}, {@code profile_id},
     * {@code timezone} or {@code currency}.
     */
    public static Tenant create(TenantId id, String name, String profileId, String timezone, String currency,
                                String externalOrgId, Instant at) {
        String cleanName = Text.clean(name);
        String profile = Text.clean(profileId) == null ? "general" : Text.clean(profileId);
        Validation v = new Validation()
                .check(cleanName == null, "business_name", "Business name is required")
                .check(cleanName != null && cleanName.length() > 200, "business_name", "Business name is longer than 200 characters")
                .check(!PROFILES.contains(profile), "profile_id", "Unknown profile '" + profile + "'; choose one of " + PROFILES);
        ZoneId zone = null;
        try {
            zone = ZoneId.of(Text.clean(timezone) == null ? "UTC" : timezone.strip());
        } catch (DateTimeException e) {
            v.add("timezone", "Unknown timezone '" + timezone + "'; use an IANA name such as Asia/Jakarta");
        }
        String cur = Text.clean(currency) == null ? "USD" : currency.strip();
        v.capture("", () -> Money.minorUnits(cur));
        v.throwIfAny("Business details are invalid");
        return new Tenant(id, cleanName, profile, zone, cur, Text.clean(externalOrgId), at, 0);
    }

    /** Reloads a stored tenant. */
    public static Tenant rehydrate(TenantId id, String name, String profileId, String timezone, String currency,
                                   String externalOrgId, Instant createdAt, long version) {
        return new Tenant(id, name, profileId, ZoneId.of(timezone), currency, externalOrgId, createdAt, version);
    }

    public TenantId id() { return id; }
    public String name() { return name; }
    public String profileId() { return profileId; }
    public ZoneId timezone() { return timezone; }
    public String currency() { return currency; }
    public String externalOrgId() { return externalOrgId; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

}
