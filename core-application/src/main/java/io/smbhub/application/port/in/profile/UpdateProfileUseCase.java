package io.smbhub.application.port.in.profile;

import io.smbhub.application.port.in.Actor;

import java.util.Map;

/**
 * Changes a tenant's profile settings (spec smb-hub-prd.md 8.2.2, 9.8; OWNER and ADMIN). Each change is audited
 * on the tenant and takes effect on the next request. Errors: {@code FORBIDDEN} for other roles;
 * {@code CONFLICT} when {@code expectedVersion} (nullable) is stale.
 */
public interface UpdateProfileUseCase {

    /**
     * Selects another profile; the tenant's data and overrides are kept. Errors: {@code VALIDATION_ERROR} on
     * {@code profile_id} for an unknown profile.
     */
    ProfileView changeProfile(Actor actor, String profileId, Long expectedVersion);

    /**
     * Applies {@code mergePatch} (RFC 7396: objects merge, {@code null} removes an override, anything else
     * replaces) to the tenant overrides. Errors: {@code VALIDATION_ERROR} with the dotted path of every unknown
     * key or wrong value (e.g. {@code capabilities.pos_sink}); nothing is changed then.
     */
    ProfileView patchOverrides(Actor actor, Map<String, Object> mergePatch, Long expectedVersion);
}
