package io.smbhub.domain.profile;

import java.util.Map;

/** Test helper: effective profiles of the shipped profiles. */
final class Profiles {
    private Profiles() {
    }

    /** The effective profile of built-in {@code profileId} with no tenant overrides. */
    static EffectiveProfile builtIn(String profileId) {
        return withOverrides(profileId, null);
    }

    /** The effective profile of built-in {@code profileId} with {@code overrides}. */
    static EffectiveProfile withOverrides(String profileId, Map<String, Object> overrides) {
        return EffectiveProfile.resolve(BuiltInProfiles.base(), BuiltInProfiles.byId(profileId).orElseThrow(), overrides);
    }
}
