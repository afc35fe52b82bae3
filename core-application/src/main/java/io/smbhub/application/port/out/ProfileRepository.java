package io.smbhub.application.port.out;

import io.smbhub.domain.profile.ProfileDefinition;

import java.util.List;
import java.util.Optional;

/** Versioned profile definitions (spec smb-hub-prd.md 8.2.2 "profiles"; global, not tenant data). */
public interface ProfileRepository {

    /**
     * Stores {@code definition} unless that profile id and version is stored already with an equal document.
     * Errors: {@code CONFLICT} when the same id and version is stored with another document (a stored
     * version never changes; publish a new version instead).
     */
    void publish(ProfileDefinition definition);

    /** The highest stored version of {@code profileId}. */
    Optional<ProfileDefinition> latest(String profileId);

    /** The latest version of every stored profile, by profile id. */
    List<ProfileDefinition> latestOfEach();
}
