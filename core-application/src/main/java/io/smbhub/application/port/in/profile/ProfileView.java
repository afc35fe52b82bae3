package io.smbhub.application.port.in.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tenant's profile settings as clients read them (spec smb-hub-prd.md 9.6.1 "GET /v1/profile"): the selected
 * profile id and its version, the effective profile (merge of base, selected profile and overrides, spec 9.3) as
 * a JSON object tree, the tenant's own overrides, the profiles it may select, and the tenant settings version
 * to send back as {@code if_match_version} (times UTC).
 */
public record ProfileView(String profileId, int profileVersion, Map<String, Object> effectiveProfile,
                          Map<String, Object> tenantOverrides, List<String> availableProfiles, Instant updatedAt,
                          long version) {
}
