package io.smbhub.domain.profile;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One stored version of a profile (spec smb-hub-prd.md 8.2.2-8.2.3): its id ({@code general}), version (from 1)
 * and the profile JSON document as a tree of {@code Map<String, Object>}, {@code List<Object>}, {@code String},
 * {@code Boolean}, {@code Long} and {@code BigDecimal}. A stored version never changes; a change is a new version.
 * The document of the base profile is complete; every other profile is a delta over it (see
 * {@link EffectiveProfile#resolve(ProfileDefinition, ProfileDefinition, Map)}).
 */
public record ProfileDefinition(String profileId, int version, Map<String, Object> document) {
    public ProfileDefinition {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(document, "document");
    }

    /**
     * A definition read from its document: checked with {@link ProfileSchema#checkDefinition(Map)}, id and
     * version taken from {@code profile_id} and {@code version}, the document deep-copied and made immutable.
     *
     * @throws DomainException {@code VALIDATION_ERROR} with field details when the document breaks schema v1
     */
    public static ProfileDefinition fromDocument(Map<String, Object> document) {
        Objects.requireNonNull(document, "document");
        List<FieldError> errors = ProfileSchema.checkDefinition(document);
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "Profile " + document.get("profile_id")
                    + " does not match profile schema v1; fix the listed fields", errors);
        }
        Map<String, Object> copy = JsonTree.deepCopyImmutable(document);
        return new ProfileDefinition((String) copy.get("profile_id"),
                Math.toIntExact((Long) copy.get("version")), copy);
    }
}
