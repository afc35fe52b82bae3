package io.smbhub.domain.profile;

import java.util.Map;
import java.util.Objects;

/**
 * One stored version of a profile (spec smb-hub-prd.md 8.2.2-8.2.3): its id ({@code general}), version (from 1)
 * and the profile JSON document as a tree of {@code Map<String, Object>}, {@code List<Object>}, {@code String},
 * {@code Boolean}, {@code Long} and {@code BigDecimal}. A stored version never changes; a change is a new version.
 */
public record ProfileDefinition(String profileId, int version, Map<String, Object> document) {
    public ProfileDefinition {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(document, "document");
    }
}
