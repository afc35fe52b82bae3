package io.smbhub.domain.profile;

import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.smbhub.domain.profile.Profiles.builtIn;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Defaults on create come from the profile (spec 9.5.1)")
class ProfileDefaultsTest {

    @ParameterizedTest(name = "{0}: type {1}")
    @CsvSource({"general, REQUEST", "retail_pos, ORDER", "restaurant, JOB"})
    void fillsTypeAndStatusWhenAbsent(String profileId, WorkItemType type) {
        Map<String, Object> payload = new HashMap<>(Map.of("title", "x"));
        payload.put("status", null);

        Map<String, Object> withDefaults = ProfileDefaults.applyToWorkItem(payload, builtIn(profileId));

        assertThat(withDefaults).containsEntry("type", type).containsEntry("status", WorkItemStatus.NEW)
                .containsEntry("title", "x");
        assertThat(payload).doesNotContainKey("type").containsEntry("status", null);
    }

    @Test
    void keepsWhatTheCallerGave() {
        Map<String, Object> withDefaults = ProfileDefaults.applyToWorkItem(
                Map.of("type", WorkItemType.SUPPORT, "status", WorkItemStatus.IN_PROGRESS), builtIn("retail_pos"));

        assertThat(withDefaults).containsEntry("type", WorkItemType.SUPPORT).containsEntry("status", WorkItemStatus.IN_PROGRESS);
    }
}
