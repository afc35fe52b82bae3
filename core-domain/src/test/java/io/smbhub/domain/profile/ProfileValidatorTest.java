package io.smbhub.domain.profile;

import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.smbhub.domain.profile.Profiles.builtIn;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Profile validation before create, update, send, convert, apply-AI and close (spec 9.4)")
class ProfileValidatorTest {

    @ParameterizedTest(name = "{0} {1}: required fields enforced = {2}")
    @CsvSource({
            "WORK_ITEM, CREATE, true", "WORK_ITEM, UPDATE, true", "WORK_ITEM, CLOSE, true",
            "WORK_ITEM, CONVERT, true", "WORK_ITEM, APPLY_AI, true", "WORK_ITEM, SEND, false",
            "QUOTE, CREATE, false", "QUOTE, UPDATE, false", "QUOTE, SEND, true", "QUOTE, CONVERT, true",
            "QUOTE, APPLY_AI, true", "QUOTE, CLOSE, false",
            "INVOICE, CREATE, false", "INVOICE, UPDATE, false", "INVOICE, SEND, true", "INVOICE, CONVERT, true",
            "INVOICE, APPLY_AI, true", "INVOICE, CLOSE, false",
            "EXPENSE, CREATE, true", "EXPENSE, UPDATE, true", "EXPENSE, APPLY_AI, true", "EXPENSE, SEND, false",
            "EXPENSE, CONVERT, false", "CONTACT, CREATE, true", "CONTACT, UPDATE, true", "CONTACT, APPLY_AI, true",
            "CONTACT, SEND, false", "CONTACT, CLOSE, false",
    })
    void enforcesRequiredFieldsOnTheListedOperations(ProfileEntity entity, ProfileOperation operation, boolean enforced) {
        EffectiveProfile profile = EffectiveProfile.resolve(BuiltInProfiles.base(), BuiltInProfiles.base(),
                Json.obj("{'required_fields': {'contact': ['email']}}"));

        List<FieldError> errors = ProfileValidator.validate(entity, Map.of(), operation, profile);

        assertThat(ProfileValidator.enforcesRequiredFields(entity, operation)).isEqualTo(enforced);
        assertThat(errors.isEmpty()).isEqualTo(!enforced);
    }

    @Test
    void anInvoiceSentWithoutItsRequiredFieldsNamesEachOne() {
        Map<String, Object> payload = new HashMap<>();
        payload.put("contact_id", "c-1");
        payload.put("issue_date", "2025-01-01");
        payload.put("due_date", "  ");
        payload.put("line_items", List.of());

        List<FieldError> errors = ProfileValidator.validate(ProfileEntity.INVOICE, payload, ProfileOperation.SEND,
                builtIn("general"));

        assertThat(errors).containsExactly(
                new FieldError("due_date", "Due date is required by the general profile for invoices"),
                new FieldError("line_items", "Line items are required by the general profile for invoices"));
    }

    @Test
    void aDraftInvoiceMayBeIncomplete() {
        assertThat(ProfileValidator.validate(ProfileEntity.INVOICE, Map.of(), ProfileOperation.CREATE,
                builtIn("general"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} work item of type {1} with labels {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "retail_pos | ORDER   | -                        | labels.external_order_id",
            "retail_pos | ORDER   | external_order_id=       | labels.external_order_id",
            "retail_pos | ORDER   | external_order_id=SQ-991 | -",
            "retail_pos | -       | -                        | labels.external_order_id",
            "retail_pos | REQUEST | -                        | -",
            "general    | ORDER   | -                        | -",
            "general    | -       | -                        | -",
    })
    void retailRequiresTheExternalOrderIdOnOrdersAndGeneralDoesNot(String profileId, String type, String label,
                                                                    String expectedError) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("title", "Wrong size delivered");
        if (!type.equals("-")) {
            payload.put("type", type);
        }
        if (!label.equals("-")) {
            String[] kv = label.split("=", -1);
            payload.put("labels", Map.of(kv[0], kv[1]));
        }

        List<FieldError> errors = ProfileValidator.validate(ProfileEntity.WORK_ITEM, payload, ProfileOperation.CREATE,
                builtIn(profileId));

        if (expectedError.equals("-")) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).containsExactly(new FieldError(expectedError,
                    "External order ID is required by the retail_pos profile for ORDER work items"));
        }
    }

    @ParameterizedTest(name = "restaurant label {0}={1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "party_size   | 4          | -",
            "party_size   | 2.5        | -",
            "party_size   | four       | Party size must be a number, got 'four'",
            "booking_date | 2025-02-28 | -",
            "booking_date | 2025-02-30 | Booking date must be a date as yyyy-MM-dd, got '2025-02-30'",
            "booking_date | 28/02/2025 | Booking date must be a date as yyyy-MM-dd, got '28/02/2025'",
            "service      | dinner     | -",
            "service      | brunch     | Service must be one of [breakfast, lunch, dinner], got 'brunch'",
            "table_number | 12B        | -",
            "mood         | anything   | -",
    })
    void customFieldsAreTypeChecked(String key, String value, String expectedMessage) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("party_size", "2");
        labels.put(key, value);
        Map<String, Object> payload = Map.of("title", "Table 4", "labels", labels);

        List<FieldError> errors = ProfileValidator.validate(ProfileEntity.WORK_ITEM, payload, ProfileOperation.UPDATE,
                builtIn("restaurant"));

        if (expectedMessage.equals("-")) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).containsExactly(new FieldError("labels." + key, expectedMessage));
        }
    }

    @Test
    void customFieldTypesAreCheckedEvenWhenRequiredFieldsAreNot() {
        Map<String, Object> payload = Map.of("labels", Map.of("party_size", "lots"));

        assertThat(ProfileValidator.validate(ProfileEntity.WORK_ITEM, payload, ProfileOperation.SEND,
                builtIn("restaurant"))).extracting(FieldError::field).containsExactly("labels.party_size");
    }

    @Test
    void aBooleanCustomFieldTakesTrueOrFalse() {
        EffectiveProfile profile = EffectiveProfile.resolve(BuiltInProfiles.base(), BuiltInProfiles.base(),
                Json.obj("{'extensions': {'work_item_fields': {'rush': {'type': 'boolean'}}}}"));

        assertThat(ProfileValidator.validate(ProfileEntity.WORK_ITEM, Map.of("title", "x", "labels", Map.of("rush", "true")),
                ProfileOperation.CREATE, profile)).isEmpty();
        assertThat(ProfileValidator.validate(ProfileEntity.WORK_ITEM, Map.of("title", "x", "labels", Map.of("rush", "yes")),
                ProfileOperation.CREATE, profile))
                .containsExactly(new FieldError("labels.rush", "Rush must be true or false, got 'yes'"));
    }

    @Test
    void aRequiredCustomFieldIsEnforcedOnlyOnEnforcingOperations() {
        Map<String, Object> payload = Map.of("title", "Table 4");

        assertThat(ProfileValidator.validate(ProfileEntity.WORK_ITEM, payload, ProfileOperation.CREATE,
                builtIn("restaurant")))
                .containsExactly(new FieldError("labels.party_size",
                        "Party size is required by the restaurant profile for work items"));
        assertThat(ProfileValidator.validate(ProfileEntity.WORK_ITEM, payload, ProfileOperation.SEND,
                builtIn("restaurant"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} status {1}: allowed = {2}")
    @CsvSource({
            "restaurant, NEW, true", "restaurant, DONE, true", "restaurant, WAITING, false",
            "restaurant, NEEDS_APPROVAL, false", "general, WAITING, true", "general, NEEDS_APPROVAL, true",
            "general, OPEN, false",
    })
    void aStatusMustBeOneTheProfileUses(String profileId, String status, boolean allowed) {
        Map<String, Object> payload = new HashMap<>(Map.of("title", "x", "labels", Map.of("party_size", "2")));
        payload.put("status", status);

        List<FieldError> errors = ProfileValidator.validate(ProfileEntity.WORK_ITEM, payload, ProfileOperation.UPDATE,
                builtIn(profileId));

        assertThat(errors.stream().map(FieldError::field).toList()).isEqualTo(allowed ? List.of() : List.of("status"));
    }

    @Test
    void aStatusGivenAsAnEnumIsCheckedTooAndTheMessageListsTheChoices() {
        Map<String, Object> payload = Map.of("title", "x", "labels", Map.of("party_size", "2"),
                "status", WorkItemStatus.WAITING, "type", WorkItemType.JOB);

        assertThat(ProfileValidator.validate(ProfileEntity.WORK_ITEM, payload, ProfileOperation.UPDATE,
                builtIn("restaurant"))).containsExactly(new FieldError("status",
                "Status WAITING is not used by the restaurant profile; use one of [NEW, IN_PROGRESS, DONE, CANCELED]"));
    }

    @Test
    void anUnknownWorkItemTypeIsReported() {
        assertThat(ProfileValidator.validate(ProfileEntity.WORK_ITEM, Map.of("title", "x", "type", "PIZZA"),
                ProfileOperation.CREATE, builtIn("general"))).extracting(FieldError::field).containsExactly("type");
    }

    @Test
    void expensesAndContactsUseTheirOwnLists() {
        EffectiveProfile profile = builtIn("general");

        assertThat(ProfileValidator.validate(ProfileEntity.EXPENSE, Map.of("amount", "12.00"), ProfileOperation.CREATE,
                profile)).containsExactly(
                new FieldError("expense_date", "Expense date is required by the general profile for expenses"));
        assertThat(ProfileValidator.validate(ProfileEntity.CONTACT, Map.of(), ProfileOperation.CREATE, profile)).isEmpty();
    }
}
