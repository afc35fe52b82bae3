package io.smbhub.application.service.support;

import io.smbhub.application.port.out.ProfileRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.profile.ProfileDefinition;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.Tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's effective profile = merge(base, selected profile, tenant overrides) (spec smb-hub-prd.md 9.1.2,
 * 9.3), cached per tenant (spec 9.2.3). The cache key holds the tenant's version, which every change of profile
 * or overrides increments, so a change takes effect on the next request on every instance; entries also expire
 * after {@link #TTL} so that a newly published profile version is picked up. Call inside a transaction.
 */
public final class EffectiveProfiles {

    /** The profile every selected profile is merged onto. */
    public static final String BASE = "base";
    /** How long a resolved profile is reused at most. */
    public static final Duration TTL = Duration.ofMinutes(5);

    private static final int MAX_ENTRIES = 10_000;

    private record Key(TenantId tenant, long tenantVersion) {
    }

    private record Entry(EffectiveProfile profile, Instant expiresAt) {
    }

    private final ProfileRepository repository;
    private final TimeSource clock;
    private final Map<Key, Entry> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public EffectiveProfiles(ProfileRepository repository, TimeSource clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The effective profile of {@code tenant} as loaded (its version keys the cache). */
    public EffectiveProfile of(Tenant tenant) {
        Key key = new Key(tenant.id(), tenant.version());
        Instant now = clock.now();
        synchronized (cache) {
            Entry entry = cache.get(key);
            if (entry != null && now.isBefore(entry.expiresAt())) {
                return entry.profile();
            }
        }
        EffectiveProfile profile = resolve(tenant.profileId(), tenant.profileOverrides());
        synchronized (cache) {
            cache.put(key, new Entry(profile, now.plus(TTL)));
        }
        return profile;
    }

    /**
     * Resolves {@code profileId} with {@code overrides} without caching (used to check a change before it is
     * saved). Errors: {@code VALIDATION_ERROR} on {@code profile_id} for an unknown profile, or with the
     * field paths of overrides the profile schema refuses.
     */
    public EffectiveProfile resolve(String profileId, Map<String, Object> overrides) {
        ProfileDefinition selected = repository.latest(profileId).filter(d -> !d.profileId().equals(BASE))
                .orElseThrow(() -> DomainException.invalid("profile_id",
                        "Unknown profile '" + profileId + "'; choose one of " + selectable()));
        ProfileDefinition base = repository.latest(BASE)
                .orElseThrow(() -> new IllegalStateException("the base profile is not stored; publish the built-in profiles at start-up"));
        return EffectiveProfile.resolve(base, selected, overrides);
    }

    /** Ids of the profiles a tenant may select (every stored profile except {@code base}), sorted. */
    public List<String> selectable() {
        return repository.latestOfEach().stream().map(ProfileDefinition::profileId).filter(id -> !id.equals(BASE)).sorted().toList();
    }
}
