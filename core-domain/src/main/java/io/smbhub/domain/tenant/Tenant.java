package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.TenantId;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A business account (spec smb-hub-prd.md 2.1 "Tenant"): name, selected profile and the tenant's own profile
 * overrides (spec 8.2.2, a JSON object tree checked by the profile engine, not here), IANA timezone (used for
 * "today" and due dates), ISO 4217 default currency, and an optional external organisation id that an
 * external identity provider's tokens map to. Whether a profile id exists is checked by the application
 * against the stored profiles; here only its form.
 */
public final class Tenant extends AggregateRoot<TenantEvent> {

    private static final Pattern PROFILE_ID = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    private final TenantId id;
    private final String name;
    private String profileId;
    private Map<String, Object> profileOverrides;
    private final ZoneId timezone;
    private final String currency;
    private final String externalOrgId;
    private final Instant createdAt;
    private Instant updatedAt;

    private Tenant(TenantId id, String name, String profileId, Map<String, Object> profileOverrides, ZoneId timezone,
                   String currency, String externalOrgId, Instant createdAt, Instant updatedAt, long version) {
        super(version);
        this.id = id;
        this.name = name;
        this.profileId = profileId;
        this.profileOverrides = Map.copyOf(profileOverrides);
        this.timezone = timezone;
        this.currency = currency;
        this.externalOrgId = externalOrgId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * A new tenant without overrides; {@code profileId} defaults to {@code general}. Errors:
     * {@code VALIDATION_ERROR} on {@code business_name}, {@code profile_id}, {@code timezone} or {@code currency}.
     */
    public static Tenant create(TenantId id, String name, String profileId, String timezone, String currency,
                                String externalOrgId, Instant at) {
        String cleanName = Text.clean(name);
        String profile = Text.clean(profileId) == null ? "general" : Text.clean(profileId);
        Validation v = new Validation()
                .check(cleanName == null, "business_name", "Business name is required")
                .check(cleanName != null && cleanName.length() > 200, "business_name", "Business name is longer than 200 characters")
                .check(!PROFILE_ID.matcher(profile).matches(), "profile_id",
                        "Profile id '" + profile + "' is malformed; use a lower-case id such as general");
        ZoneId zone = null;
        try {
            zone = ZoneId.of(Text.clean(timezone) == null ? "UTC" : timezone.strip());
        } catch (DateTimeException e) {
            v.add("timezone", "Unknown timezone '" + timezone + "'; use an IANA name such as Asia/Jakarta");
        }
        String cur = Text.clean(currency) == null ? "USD" : currency.strip();
        v.capture("", () -> Money.minorUnits(cur));
        v.throwIfAny("Business details are invalid");
        return new Tenant(id, cleanName, profile, Map.of(), zone, cur, Text.clean(externalOrgId), at, at, 0);
    }

    /** Reloads a stored tenant. */
    public static Tenant rehydrate(TenantId id, String name, String profileId, Map<String, Object> profileOverrides,
                                   String timezone, String currency, String externalOrgId, Instant createdAt,
                                   Instant updatedAt, long version) {
        return new Tenant(id, name, profileId, profileOverrides, ZoneId.of(timezone), currency, externalOrgId,
                createdAt, updatedAt, version);
    }

    /**
     * Selects another profile; data and overrides are kept. The caller has checked that the profile exists.
     * Errors: {@code VALIDATION_ERROR} on {@code profile_id} when malformed.
     */
    public void changeProfile(String newProfileId, Instant at) {
        String profile = Text.clean(newProfileId);
        if (profile == null || !PROFILE_ID.matcher(profile).matches()) {
            throw DomainException.invalid("profile_id", "Profile id '" + newProfileId + "' is malformed; use a lower-case id such as general");
        }
        if (profile.equals(profileId)) {
            return;
        }
        String from = profileId;
        this.profileId = profile;
        this.updatedAt = at;
        record(new TenantEvent.ProfileChanged(id, from, profile, at));
    }

    /** Replaces the profile overrides (already checked against the profile schema by the caller). */
    public void replaceProfileOverrides(Map<String, Object> overrides, Instant at) {
        if (overrides.equals(profileOverrides)) {
            return;
        }
        this.profileOverrides = Map.copyOf(overrides);
        this.updatedAt = at;
        record(new TenantEvent.ProfileOverridesChanged(id, at));
    }

    public TenantId id() { return id; }
    public String name() { return name; }
    public String profileId() { return profileId; }
    /** The tenant's profile overrides as a JSON object tree (empty when none). */
    public Map<String, Object> profileOverrides() { return profileOverrides; }
    public ZoneId timezone() { return timezone; }
    public String currency() { return currency; }
    public String externalOrgId() { return externalOrgId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
