package io.smbhub.domain.profile;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.smbhub.domain.profile.Json.obj;
import static io.smbhub.domain.profile.Profiles.builtIn;
import static io.smbhub.domain.profile.Profiles.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The effective profile = merge(base, selected, tenant overrides), read through typed accessors")
class EffectiveProfileTest {

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
            "general, INBOX, true", "general, QUOTES, true", "general, INVOICES, true", "general, EXPENSES, true",
            "general, CLIENT_PORTAL, true", "general, SCHEDULING_LITE, false", "general, POS_SYNC, false",
            "retail_pos, POS_SYNC, true", "retail_pos, RETURNS_LITE, true", "retail_pos, INVENTORY_LITE, false",
            "retail_pos, INVOICES, true", "retail_pos, QUOTES, true",
            "restaurant, QUOTES, false", "restaurant, SCHEDULING_LITE, true", "restaurant, INVOICES, true",
            "restaurant, POS_SYNC, false",
    })
    void capabilitiesComeFromTheProfile(String profileId, Capability capability, boolean enabled) {
        assertThat(builtIn(profileId).enabled(capability)).isEqualTo(enabled);
    }

    @ParameterizedTest(name = "{0}: default type {1}, label {2}, AR reminders {3}")
    @CsvSource({
            "base, REQUEST, Work Item, true, 3;7;14",
            "general, REQUEST, Request, true, 3;7;14",
            "retail_pos, ORDER, Order Issue, false, 3;7;14",
            "restaurant, JOB, Ticket, true, 7;21",
    })
    void defaultsDifferByProfile(String profileId, WorkItemType type, String label, boolean reminders, String days) {
        EffectiveProfile profile = builtIn(profileId);

        assertThat(profile.profileId()).isEqualTo(profileId);
        assertThat(profile.version()).isEqualTo(1);
        assertThat(profile.defaultWorkItemType()).isEqualTo(type);
        assertThat(profile.labels()).containsEntry("work_item", label).containsKeys(ProfileSchema.LABEL_KEYS.toArray(String[]::new));
        assertThat(profile.arReminders().enabled()).isEqualTo(reminders);
        assertThat(profile.arReminders().daysAfterDue())
                .containsExactlyElementsOf(List.of(days.split(";")).stream().map(Integer::valueOf).toList());
        assertThat(profile.defaultWorkItemStatus()).isEqualTo(WorkItemStatus.NEW);
        assertThat(profile.templates()).containsOnlyKeys(ProfileSchema.TEMPLATE_KEYS);
    }

    @Nested
    @DisplayName("retail_pos")
    class RetailPos {
        @Test
        void requiresTheExternalOrderIdOnOrderWorkItemsOnly() {
            EffectiveProfile retail = builtIn("retail_pos");

            assertThat(retail.requiredFields(ProfileEntity.WORK_ITEM, "ORDER"))
                    .containsExactly("title", "labels.external_order_id");
            assertThat(retail.requiredFields(ProfileEntity.WORK_ITEM, "order"))
                    .containsExactly("title", "labels.external_order_id");
            assertThat(retail.requiredFields(ProfileEntity.WORK_ITEM, "REQUEST")).containsExactly("title");
            assertThat(retail.requiredFields(ProfileEntity.WORK_ITEM, null)).containsExactly("title");
        }

        @Test
        void generalDoesNotRequireTheExternalOrderId() {
            assertThat(builtIn("general").requiredFields(ProfileEntity.WORK_ITEM, "ORDER")).containsExactly("title");
        }

        @Test
        void keepsTheBaseInvoiceRulesAndAddsItsPresets() {
            EffectiveProfile retail = builtIn("retail_pos");

            assertThat(retail.requiredFields(ProfileEntity.INVOICE, null))
                    .containsExactly("contact_id", "issue_date", "due_date", "line_items");
            assertThat(retail.integrationPresets()).containsExactly("square", "shopify");
            assertThat(retail.workItemFields()).containsOnlyKeys("external_order_id");
            assertThat(retail.labels()).containsEntry("work_item_plural", "Order Issues")
                    .containsEntry("contact_customer", "Customer");
        }
    }

    @Nested
    @DisplayName("restaurant, built from configuration only")
    class Restaurant {
        @Test
        void switchesQuotesOffWithAStructuredError() {
            EffectiveProfile restaurant = builtIn("restaurant");

            assertThatThrownBy(() -> restaurant.requireCapability(Capability.QUOTES))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CAPABILITY_DISABLED);
                        assertThat(e.getMessage()).isEqualTo("quotes is switched off in the restaurant profile");
                    });
            assertThatCode(() -> restaurant.requireCapability(Capability.INVOICES)).doesNotThrowAnyException();
            assertThat(restaurant.allows(ConversionRule.WORK_ITEM_TO_QUOTE)).isFalse();
            assertThat(restaurant.allows(ConversionRule.WORK_ITEM_TO_INVOICE)).isTrue();
        }

        @Test
        void restrictsTheWorkItemStatuses() {
            assertThat(builtIn("restaurant").workItemStatuses()).containsExactly(
                    WorkItemStatus.NEW, WorkItemStatus.IN_PROGRESS, WorkItemStatus.DONE, WorkItemStatus.CANCELED);
            assertThat(builtIn("general").workItemStatuses()).containsExactly(WorkItemStatus.values());
        }

        @Test
        void declaresTypedCustomFields() {
            Map<String, CustomField> fields = builtIn("restaurant").workItemFields();

            assertThat(fields.keySet()).containsExactly("table_number", "party_size", "booking_date", "service");
            assertThat(fields.get("party_size")).isEqualTo(
                    new CustomField("party_size", CustomFieldType.NUMBER, true, "Party size", List.of()));
            assertThat(fields.get("service").options()).containsExactly("breakfast", "lunch", "dinner");
            assertThat(fields.get("booking_date").type()).isEqualTo(CustomFieldType.DATE);
            assertThat(fields.get("table_number").required()).isFalse();
        }
    }

    @Nested
    @DisplayName("tenant overrides")
    class TenantOverrides {
        @Test
        void replaceTheReminderScheduleAndSwitchQuotesOff() {
            EffectiveProfile profile = withOverrides("general", obj(
                    "{'capabilities': {'quotes': false}, 'automations': {'ar_reminders': {'days_after_due': [10, 30]}},"
                            + " 'templates': {'invoice_default_template_id': 'tpl_mine'}}"));

            assertThat(profile.enabled(Capability.QUOTES)).isFalse();
            assertThat(profile.enabled(Capability.INVOICES)).isTrue();
            assertThat(profile.arReminders()).isEqualTo(new ArReminders(true, List.of(10, 30)));
            assertThat(profile.templates()).containsEntry("invoice_default_template_id", "tpl_mine")
                    .containsEntry("quote_default_template_id", "tpl_quote_default_v1");
            assertThat(profile.profileId()).isEqualTo("general");
        }

        @Test
        void thatBreakTheSchemaAreRejectedWithFieldErrors() {
            assertThatThrownBy(() -> withOverrides("general", obj("{'capabilities': {'pos_sink': true}}")))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                        assertThat(e.details()).extracting(FieldError::field).containsExactly("capabilities.pos_sink");
                        assertThat(e.getMessage()).contains("overrides of profile general");
                    });
        }

        @Test
        void thatMakeTheMergedResultInconsistentAreRejected() {
            assertThatThrownBy(() -> withOverrides("restaurant",
                    obj("{'extensions': {'work_item_fields': {'service': {'type': 'string'}}}}")))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.details())
                            .extracting(FieldError::field)
                            .containsExactly("extensions.work_item_fields.service.options"));
        }
    }

    @Test
    void theMergedDocumentCarriesTheSelectedIdAndVersionAndNormalisesLabelsJson() {
        ProfileDefinition selected = ProfileDefinition.fromDocument(obj("{'profile_id': 'shop', 'version': 4,"
                + " 'required_fields': {'work_item': ['title', 'labels_json.sku', 'labels.sku']}}"));

        EffectiveProfile profile = EffectiveProfile.resolve(BuiltInProfiles.base(), selected, Map.of());

        assertThat(profile.document()).containsEntry("profile_id", "shop").containsEntry("version", 4L);
        assertThat(profile.requiredFields(ProfileEntity.WORK_ITEM, null)).containsExactly("title", "labels.sku");
        assertThat(((Map<?, ?>) profile.document().get("required_fields")).get("work_item"))
                .isEqualTo(List.of("title", "labels.sku"));
        assertThat(profile.requiredFields(ProfileEntity.CONTACT, null)).isEmpty();
    }

    @Test
    void aSelectedProfileThatIsNotABaseCannotStandAlone() {
        ProfileDefinition retail = BuiltInProfiles.byId("retail_pos").orElseThrow();

        assertThatThrownBy(() -> EffectiveProfile.resolve(retail, retail, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).contains("labels.quote", "templates");
                });
    }

    @Test
    void aBrokenStoredProfileIsRejected() {
        ProfileDefinition broken = new ProfileDefinition("broken", 1,
                obj("{'profile_id': 'broken', 'version': 1, 'workflows': {'work_item_statuses': ['DONE']}}"));

        assertThatThrownBy(() -> EffectiveProfile.resolve(BuiltInProfiles.base(), broken, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("workflows.work_item_statuses");
                    assertThat(e.getMessage()).startsWith("Profile broken version 1 does not match");
                });
    }

    @Test
    void resolvingIsDeterministicAndTheDocumentIsImmutable() {
        EffectiveProfile first = builtIn("retail_pos");
        EffectiveProfile second = builtIn("retail_pos");

        assertThat(first).isEqualTo(second);
        assertThat(first.document().toString()).isEqualTo(second.document().toString());
        assertThat(List.copyOf(first.document().keySet())).isEqualTo(List.of("profile_id", "version", "labels",
                "capabilities", "required_fields", "workflows", "extensions", "automations", "templates", "integrations"));
        assertThatThrownBy(() -> first.document().put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.labels().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
