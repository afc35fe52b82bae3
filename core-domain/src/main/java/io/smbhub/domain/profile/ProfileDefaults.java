package io.smbhub.domain.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The defaults policy of spec smb-hub-prd.md 9.5.1 ({@code apply_defaults(entity_type, payload,
 * effective_profile) → payload}): fills what the caller left out from the profile, without new code paths per
 * profile. Templates and the AR reminder schedule are read directly from {@link EffectiveProfile#templates()}
 * and {@link EffectiveProfile#arReminders()}.
 */
public final class ProfileDefaults {

    private ProfileDefaults() {
    }

    /**
     * A new mutable map with the entries of {@code payload}, plus {@code type} =
     * {@link EffectiveProfile#defaultWorkItemType()} and {@code status} =
     * {@link EffectiveProfile#defaultWorkItemStatus()} (as enum constants) where the payload has none or
     * {@code null}. {@code payload} is not changed; {@code null} counts as empty.
     */
    public static Map<String, Object> applyToWorkItem(Map<String, Object> payload, EffectiveProfile profile) {
        Objects.requireNonNull(profile, "profile");
        Map<String, Object> withDefaults = payload == null ? new LinkedHashMap<>() : new LinkedHashMap<>(payload);
        if (withDefaults.get("type") == null) {
            withDefaults.put("type", profile.defaultWorkItemType());
        }
        if (withDefaults.get("status") == null) {
            withDefaults.put("status", profile.defaultWorkItemStatus());
        }
        return withDefaults;
    }
}
