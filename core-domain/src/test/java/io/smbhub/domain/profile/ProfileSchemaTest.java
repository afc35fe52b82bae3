package io.smbhub.domain.profile;

import io.smbhub.domain.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.smbhub.domain.profile.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("Profile schema v1 (spec 8.2.3) names every broken rule by its dotted path")
class ProfileSchemaTest {

    static Stream<Arguments> goodSections() {
        return Stream.of(
                arguments("labels", "{'labels': {'work_item': 'Ticket', 'contact_customer': 'Guest'}}"),
                arguments("capabilities", "{'capabilities': {'pos_sync': true, 'quotes': false}}"),
                arguments("required_fields", "{'required_fields': {'work_item': ['title', 'labels.table_number'],"
                        + " 'invoice': ['contact_id', 'due_date'], 'expense': [], 'contact': ['email']}}"),
                arguments("required_fields typed by work item type",
                        "{'required_fields': {'work_item:ORDER': ['title', 'labels_json.external_order_id']}}"),
                arguments("workflows", "{'workflows': {'work_item_statuses': ['NEW', 'DONE'],"
                        + " 'default_work_item_type': 'JOB', 'conversion_rules': {'work_item_to_quote': false}}}"),
                arguments("extensions", "{'extensions': {'work_item_fields': {'party_size': {'type': 'number',"
                        + " 'required': true, 'label': 'Party size'}, 'service': {'type': 'enum',"
                        + " 'options': ['lunch', 'dinner']}}}}"),
                arguments("automations", "{'automations': {'ar_reminders': {'enabled': true, 'days_after_due': [1, 30, 365]}}}"),
                arguments("automations with only one key", "{'automations': {'ar_reminders': {'enabled': false}}}"),
                arguments("templates", "{'templates': {'message_ar_reminder_template_id': 'tpl_x'}}"),
                arguments("integrations", "{'integrations': {'presets': ['square', 'shopify']}}"),
                arguments("nothing at all", "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodSections")
    void acceptsAValidSection(String section, String overrides) {
        assertThat(ProfileSchema.checkOverrides(obj(overrides))).isEmpty();
        Map<String, Object> definition = new LinkedHashMap<>(obj("{'profile_id': 'custom', 'version': 2}"));
        definition.putAll(obj(overrides));
        assertThat(ProfileSchema.checkDefinition(definition)).isEmpty();
    }

    static Stream<Arguments> badSections() {
        return Stream.of(
                arguments("{'labels': {'work_itme': 'Ticket'}}", "labels.work_itme", "Unknown key 'work_itme'; expected one of [work_item,"),
                arguments("{'labels': {'quote': '  '}}", "labels.quote", "Must not be blank"),
                arguments("{'labels': {'quote': 7}}", "labels.quote", "Must be a string, got integer"),
                arguments("{'labels': {'quote': '" + "x".repeat(61) + "'}}", "labels.quote", "at most 60 characters"),
                arguments("{'labels': ['Ticket']}", "labels", "Must be an object, got array"),
                arguments("{'capabilities': {'pos_sink': true}}", "capabilities.pos_sink",
                        "Unknown key 'pos_sink'; expected one of [inbox, quotes, invoices, payments, expenses, client_portal,"
                                + " pos_sync, scheduling_lite, inventory_lite, returns_lite]"),
                arguments("{'capabilities': {'quotes': 'yes'}}", "capabilities.quotes", "Must be a boolean, got string"),
                arguments("{'required_fields': {'payment': ['amount']}}", "required_fields.payment", "Unknown key 'payment'"),
                arguments("{'required_fields': {'invoice:ORDER': ['notes']}}", "required_fields.invoice:ORDER",
                        "only work_item can be qualified"),
                arguments("{'required_fields': {'work_item:PIZZA': ['title']}}", "required_fields.work_item:PIZZA",
                        "Unknown work item type 'PIZZA'"),
                arguments("{'required_fields': {'invoice': ['contact_id', 'tax_code']}}", "required_fields.invoice[1]",
                        "Unknown field 'tax_code' for invoice"),
                arguments("{'required_fields': {'quote': ['labels.x']}}", "required_fields.quote[0]",
                        "Unknown field 'labels.x' for quote"),
                arguments("{'required_fields': {'work_item': ['labels.Bad-Key']}}", "required_fields.work_item[0]",
                        "Unknown field 'labels.Bad-Key'"),
                arguments("{'required_fields': {'work_item': ['title', 'title']}}", "required_fields.work_item[1]",
                        "Duplicate value 'title'"),
                arguments("{'required_fields': {'expense': 'amount'}}", "required_fields.expense", "Must be an array, got string"),
                arguments("{'workflows': {'work_item_statuses': []}}", "workflows.work_item_statuses", "Must have 1 to 6 elements"),
                arguments("{'workflows': {'work_item_statuses': ['IN_PROGRESS', 'DONE']}}", "workflows.work_item_statuses",
                        "Must include NEW"),
                arguments("{'workflows': {'work_item_statuses': ['NEW', 'OPEN']}}", "workflows.work_item_statuses[1]",
                        "Unknown work item status 'OPEN'"),
                arguments("{'workflows': {'work_item_statuses': ['NEW', 'NEW']}}", "workflows.work_item_statuses[1]",
                        "Duplicate value 'NEW'"),
                arguments("{'workflows': {'default_work_item_type': 'order'}}", "workflows.default_work_item_type",
                        "Unknown work item type 'order'"),
                arguments("{'workflows': {'conversion_rules': {'quote_to_order': true}}}",
                        "workflows.conversion_rules.quote_to_order", "Unknown key 'quote_to_order'"),
                arguments("{'workflows': {'statuses': ['NEW']}}", "workflows.statuses", "Unknown key 'statuses'"),
                arguments("{'extensions': {'work_item_fields': {'Party': {'type': 'string'}}}}",
                        "extensions.work_item_fields.Party", "must be lower-case letters"),
                arguments("{'extensions': {'work_item_fields': {'size': {'required': true}}}}",
                        "extensions.work_item_fields.size.type", "Missing required key 'type'"),
                arguments("{'extensions': {'work_item_fields': {'size': {'type': 'integer'}}}}",
                        "extensions.work_item_fields.size.type", "Unknown custom field type 'integer'"),
                arguments("{'extensions': {'work_item_fields': {'service': {'type': 'enum'}}}}",
                        "extensions.work_item_fields.service.options", "Required for an enum field"),
                arguments("{'extensions': {'work_item_fields': {'note': {'type': 'string', 'options': ['a']}}}}",
                        "extensions.work_item_fields.note.options", "Only enum fields take options"),
                arguments("{'extensions': {'work_item_fields': {'note': {'type': 'string', 'hint': 'x'}}}}",
                        "extensions.work_item_fields.note.hint", "Unknown key 'hint'"),
                arguments("{'extensions': {'contact_fields': {}}}", "extensions.contact_fields", "Unknown key 'contact_fields'"),
                arguments("{'automations': {'ar_reminders': {'enabled': true, 'days_after_due': [3, 'seven']}}}",
                        "automations.ar_reminders.days_after_due[1]", "Must be an integer from 1 to 365, got string"),
                arguments("{'automations': {'ar_reminders': {'days_after_due': [0]}}}",
                        "automations.ar_reminders.days_after_due[0]", "Must be an integer from 1 to 365, got 0"),
                arguments("{'automations': {'ar_reminders': {'days_after_due': [3.5]}}}",
                        "automations.ar_reminders.days_after_due[0]", "got number"),
                arguments("{'automations': {'ar_reminders': {'days_after_due': [7, 3]}}}",
                        "automations.ar_reminders.days_after_due[1]", "strictly increasing"),
                arguments("{'automations': {'ar_reminders': {'days_after_due': [1, 2, 3, 4]}}}",
                        "automations.ar_reminders.days_after_due", "Must have 1 to 3 elements, got 4"),
                arguments("{'automations': {'ar_reminders': {'enabled': 'on'}}}",
                        "automations.ar_reminders.enabled", "Must be a boolean"),
                arguments("{'automations': {'follow_ups': {}}}", "automations.follow_ups", "Unknown key 'follow_ups'"),
                arguments("{'templates': {'receipt_template_id': 'tpl'}}", "templates.receipt_template_id", "Unknown key"),
                arguments("{'templates': {'invoice_default_template_id': ''}}", "templates.invoice_default_template_id",
                        "Must not be blank"),
                arguments("{'integrations': {'presets': ['square', 'square']}}", "integrations.presets[1]", "Duplicate value"),
                arguments("{'integrations': {'presets': [' ']}}", "integrations.presets[0]", "Must not be blank"),
                arguments("{'integrations': {'square': true}}", "integrations.square", "Unknown key 'square'"),
                arguments("{'colour': 'blue'}", "colour", "Unknown key 'colour'; expected one of [labels, capabilities,"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badSections")
    void rejectsABrokenRuleByItsPath(String overrides, String field, String message) {
        List<FieldError> errors = ProfileSchema.checkOverrides(obj(overrides));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo(field);
        assertThat(errors.get(0).message()).contains(message);
    }

    @ParameterizedTest(name = "definition {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{'version': 1}                           | profile_id | Missing required key 'profile_id'",
            "{'profile_id': 'general'}                | version    | Missing required key 'version'",
            "{'profile_id': 'General', 'version': 1}  | profile_id | 'General' is not valid",
            "{'profile_id': '9lives', 'version': 1}   | profile_id | '9lives' is not valid",
            "{'profile_id': 'general', 'version': 0}  | version    | Must be an integer from 1 to 2147483647, got 0",
            "{'profile_id': 'general', 'version': '1'}| version    | got string",
            "{'profile_id': 'general', 'version': 1.5}| version    | got number",
    })
    void aStoredProfileNeedsAnIdAndAVersion(String definition, String field, String message) {
        List<FieldError> errors = ProfileSchema.checkDefinition(obj(definition));

        assertThat(errors).extracting(FieldError::field).containsExactly(field);
        assertThat(errors.get(0).message()).contains(message);
    }

    @Test
    void overridesMayNotSetProfileIdOrVersion() {
        List<FieldError> errors = ProfileSchema.checkOverrides(obj("{'profile_id': 'general', 'version': 2}"));

        assertThat(errors).extracting(FieldError::field).containsExactly("profile_id", "version");
        assertThat(errors.get(0).message()).contains("cannot set profile_id");
    }

    @Test
    void integersFromAnyJsonLibraryCount() {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("profile_id", "custom");
        definition.put("version", BigInteger.ONE);
        definition.put("automations", Map.of("ar_reminders",
                Map.of("days_after_due", List.of(3, 7L, new BigDecimal("14.0")))));

        assertThat(ProfileSchema.checkDefinition(definition)).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        List<FieldError> errors = ProfileSchema.checkOverrides(obj(
                "{'capabilities': {'pos_sink': true, 'quotes': 1}, 'labels': {'quote': ''}}"));

        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("capabilities.pos_sink", "capabilities.quotes", "labels.quote");
    }

    @Test
    void theEffectiveProfileMustHaveWhatTheBaseProvides() {
        Map<String, Object> incomplete = obj("{'profile_id': 'thin', 'version': 1, 'labels': {'work_item': 'Job'},"
                + " 'capabilities': {}}");

        List<FieldError> errors = ProfileSchema.checkEffective(incomplete);

        assertThat(errors).extracting(FieldError::field)
                .contains("labels.quote", "capabilities.quotes", "required_fields", "workflows", "extensions",
                        "automations", "templates", "integrations")
                .doesNotContain("labels.work_item")
                .doesNotHaveDuplicates();
        assertThat(errors.get(0).message()).contains("the base profile must provide it");
    }

    @Test
    void labelsJsonIsReadAsLabels() {
        assertThat(ProfileSchema.normaliseFieldName("labels_json.external_order_id")).isEqualTo("labels.external_order_id");
        assertThat(ProfileSchema.normaliseFieldName("title")).isEqualTo("title");
    }
}
