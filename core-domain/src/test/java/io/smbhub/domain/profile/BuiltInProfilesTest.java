package io.smbhub.domain.profile;

import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The shipped profiles are configuration files, checked when loaded")
class BuiltInProfilesTest {

    @Test
    void shipsBaseGeneralRetailPosAndRestaurantInThatOrder() {
        assertThat(BuiltInProfiles.all()).extracting(ProfileDefinition::profileId)
                .containsExactly("base", "general", "retail_pos", "restaurant");
        assertThat(BuiltInProfiles.all()).allSatisfy(p -> {
            assertThat(p.version()).isEqualTo(1);
            assertThat(ProfileSchema.checkDefinition(p.document())).isEmpty();
        });
        assertThat(BuiltInProfiles.base().profileId()).isEqualTo("base");
        assertThat(BuiltInProfiles.byId("nope")).isEmpty();
    }

    @Test
    void theBaseIsCompleteOnItsOwn() {
        assertThat(ProfileSchema.checkEffective(BuiltInProfiles.base().document())).isEmpty();
        EffectiveProfile base = EffectiveProfile.resolve(BuiltInProfiles.base(), BuiltInProfiles.base(), null);
        assertThat(base.workItemStatuses()).containsExactly(WorkItemStatus.values());
        assertThat(base.defaultWorkItemType()).isEqualTo(WorkItemType.REQUEST);
        assertThat(base.workItemFields()).isEmpty();
        assertThat(base.integrationPresets()).isEmpty();
    }

    @Test
    void aBrokenResourceFailsFast() {
        assertThatThrownBy(() -> BuiltInProfiles.fromJson("general", "{\"profile_id\": \"general\", \"version\": 1,}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("general is not valid JSON")
                .hasMessageContaining("position");
        assertThatThrownBy(() -> BuiltInProfiles.fromJson("general",
                "{\"profile_id\": \"general\", \"version\": 1, \"capabilities\": {\"pos_sink\": true}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("capabilities.pos_sink");
        assertThatThrownBy(() -> BuiltInProfiles.fromJson("general", "{\"profile_id\": \"other\", \"version\": 1}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares profile_id 'other'");
        assertThatThrownBy(() -> BuiltInProfiles.fromJson("general", "[]"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void definitionsAreImmutable() {
        Map<String, Object> document = BuiltInProfiles.base().document();

        assertThatThrownBy(() -> document.put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
