package io.smbhub.domain.profile;

import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Profile JSON schema v1 (spec smb-hub-prd.md 8.2.3) as data, with the checks for a stored profile, a tenant's
 * overrides and a merged effective profile.
 * <p>
 * Sections and rules (every section and key optional in a stored profile or overrides, because both are deltas
 * over the base profile; the effective profile must have them all, see {@link #checkEffective(Map)}):
 * <ul>
 *   <li>{@code labels}: {@link #LABEL_KEYS} → non-blank strings of at most 60 characters.</li>
 *   <li>{@code capabilities}: {@link Capability} keys → boolean.</li>
 *   <li>{@code required_fields}: {@link ProfileEntity} keys, for work items optionally qualified by a
 *       {@link WorkItemType} name ({@code work_item:ORDER}) → distinct field names allowed for the entity
 *       ({@link #allowedFields(ProfileEntity)}); work items also take {@code labels.<key>} (or the spec's
 *       {@code labels_json.<key>}, read as {@code labels.<key>}).</li>
 *   <li>{@code workflows}: {@code work_item_statuses} non-empty distinct {@link WorkItemStatus} names including
 *       {@code NEW} (the first is the default for new items); {@code default_work_item_type} a
 *       {@link WorkItemType} name; {@code conversion_rules} {@link ConversionRule} keys → boolean.</li>
 *   <li>{@code extensions.work_item_fields}: custom field key ({@code ^[a-z][a-z0-9_]{0,39}$}) →
 *       {@code {type (required), required (boolean), label (string), options}}; options (non-blank, distinct)
 *       are required for {@code enum} and forbidden for other types.</li>
 *   <li>{@code automations.ar_reminders}: {@code {enabled: boolean, days_after_due: 1..3 strictly increasing
 *       integers from 1 to 365}}.</li>
 *   <li>{@code templates}: {@link #TEMPLATE_KEYS} → non-blank strings.</li>
 *   <li>{@code integrations.presets}: distinct non-blank strings.</li>
 * </ul>
 * Unknown keys anywhere and values of the wrong type are reported as {@link FieldError}s whose field is the
 * dotted path ({@code capabilities.pos_sink}, {@code automations.ar_reminders.days_after_due[1]}).
 */
public final class ProfileSchema {

    /** Keys of the {@code labels} section. */
    public static final List<String> LABEL_KEYS =
            List.of("work_item", "work_item_plural", "contact_customer", "contact_vendor", "quote", "invoice");

    /** Keys of the {@code templates} section. */
    public static final List<String> TEMPLATE_KEYS = List.of("invoice_default_template_id",
            "quote_default_template_id", "message_payment_link_template_id", "message_ar_reminder_template_id");

    /** Profile ids: lower-case letters, digits and underscores, starting with a letter, at most 63 characters. */
    public static final Pattern PROFILE_ID = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    /** Custom work item field keys: lower-case letters, digits and underscores, at most 40 characters. */
    public static final Pattern CUSTOM_FIELD_KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    /** A reference to a work item label in {@code required_fields}: {@code labels.<key>} or {@code labels_json.<key>}. */
    static final Pattern LABEL_FIELD = Pattern.compile("^(labels|labels_json)\\.([a-z][a-z0-9_]{0,62})$");

    private static final Map<ProfileEntity, List<String>> ALLOWED_FIELDS = Map.of(
            ProfileEntity.WORK_ITEM, List.of("title", "description", "contact_id", "due_at", "priority", "assigned_to"),
            ProfileEntity.QUOTE, List.of("contact_id", "issue_date", "expiry_date", "line_items", "notes", "terms"),
            ProfileEntity.INVOICE, List.of("contact_id", "issue_date", "due_date", "line_items", "notes", "terms"),
            ProfileEntity.EXPENSE, List.of("expense_date", "amount", "vendor_id", "category", "notes"),
            ProfileEntity.CONTACT, List.of("email", "phone", "company_name", "address"));

    private static final Shape LABELS = Shape.object().optional(LABEL_KEYS, Shape.text(60));

    private static final Shape CAPABILITIES = Shape.object().optional(Capability.keys(), Shape.bool());

    private static final Shape REQUIRED_FIELDS = Shape.mapOf(ProfileSchema::requiredFieldsKeyProblem,
            key -> Shape.array(fieldName(entityOf(key)), 0, 50, true));

    private static final Shape WORKFLOWS = Shape.object()
            .optional("work_item_statuses", Shape.array(Shape.oneOf("work item status", names(WorkItemStatus.values())),
                    1, WorkItemStatus.values().length, true).and(ProfileSchema::containsNew))
            .optional("default_work_item_type", Shape.oneOf("work item type", names(WorkItemType.values())))
            .optional("conversion_rules", Shape.object().optional(ConversionRule.keys(), Shape.bool()));

    private static final Shape CUSTOM_FIELD = Shape.object()
            .required("type", Shape.oneOf("custom field type", CustomFieldType.keys()))
            .optional("required", Shape.bool())
            .optional("label", Shape.text(60))
            .optional("options", Shape.array(Shape.text(100), 1, 50, true))
            .and(ProfileSchema::optionsMatchType);

    private static final Shape EXTENSIONS = Shape.object()
            .optional("work_item_fields", Shape.mapOf(ProfileSchema::customFieldKeyProblem, key -> CUSTOM_FIELD));

    private static final Shape AUTOMATIONS = Shape.object()
            .optional("ar_reminders", Shape.object()
                    .optional("enabled", Shape.bool())
                    .optional("days_after_due", Shape.array(Shape.integer(1, 365), 1, 3, false)
                            .and(ProfileSchema::strictlyIncreasing)));

    private static final Shape TEMPLATES = Shape.object().optional(TEMPLATE_KEYS, Shape.text(200));

    private static final Shape INTEGRATIONS = Shape.object()
            .optional("presets", Shape.array(Shape.text(100), 0, 50, true));

    private static final Shape DEFINITION = sections(Shape.object()
            .required("profile_id", Shape.matching(PROFILE_ID,
                    "lower-case letters, digits and underscores, starting with a letter, at most 63 characters"))
            .required("version", Shape.integer(1, Integer.MAX_VALUE)));

    private static final Shape OVERRIDES = sections(Shape.object()
            .forbidden("profile_id", "A tenant override cannot set profile_id; switch the tenant's profile instead")
            .forbidden("version", "A tenant override cannot set version; profile versions are published, not overridden"));

    /** Paths every effective profile must have; the base profile provides them. */
    private static final List<List<String>> EFFECTIVE_PATHS = effectivePaths();

    private ProfileSchema() {
    }

    /**
     * Checks a stored profile document (base or selected profile): {@code profile_id} matching
     * {@link #PROFILE_ID} and {@code version} an integer ≥ 1 are required, every section is optional.
     *
     * @return field errors, empty when the document is valid
     */
    public static List<FieldError> checkDefinition(Map<String, Object> doc) {
        return run(DEFINITION, doc);
    }

    /**
     * Checks a tenant's overrides document: any subset of the sections; {@code profile_id} and {@code version}
     * are not allowed.
     *
     * @return field errors, empty when the document is valid
     */
    public static List<FieldError> checkOverrides(Map<String, Object> doc) {
        return run(OVERRIDES, doc);
    }

    /**
     * Checks a merged effective profile: valid as a stored profile, and every section and key the base
     * profile must provide is present (all labels, capabilities, conversion rules and templates; statuses,
     * default type, required fields, custom fields, AR reminders, presets).
     *
     * @return field errors, empty when the document is complete and valid
     */
    public static List<FieldError> checkEffective(Map<String, Object> doc) {
        List<FieldError> errors = new ArrayList<>(checkDefinition(doc));
        for (List<String> path : EFFECTIVE_PATHS) {
            Object node = doc;
            for (int i = 0; i < path.size(); i++) {
                if (!(node instanceof Map<?, ?> map) || !map.containsKey(path.get(i))) {
                    String missing = String.join(".", path.subList(0, i + 1));
                    if (errors.stream().noneMatch(e -> e.field().equals(missing))) {
                        errors.add(new FieldError(missing,
                                "Missing from the effective profile; the base profile must provide it"));
                    }
                    break;
                }
                node = map.get(path.get(i));
            }
        }
        return List.copyOf(errors);
    }

    /**
     * The plain field names a profile may require for {@code entity} (spec 8.2.3); work items additionally
     * accept {@code labels.<key>}.
     */
    public static List<String> allowedFields(ProfileEntity entity) {
        return ALLOWED_FIELDS.get(entity);
    }

    /**
     * {@code labels.<key>} for the spec's {@code labels_json.<key>}; any other field name unchanged.
     */
    public static String normaliseFieldName(String field) {
        return field.startsWith("labels_json.") ? "labels." + field.substring("labels_json.".length()) : field;
    }

    private static List<FieldError> run(Shape shape, Map<String, Object> doc) {
        Objects.requireNonNull(doc, "doc");
        List<FieldError> errors = new ArrayList<>();
        shape.check("", doc, errors);
        return List.copyOf(errors);
    }

    private static Shape sections(Shape.Fields top) {
        return top.optional("labels", LABELS)
                .optional("capabilities", CAPABILITIES)
                .optional("required_fields", REQUIRED_FIELDS)
                .optional("workflows", WORKFLOWS)
                .optional("extensions", EXTENSIONS)
                .optional("automations", AUTOMATIONS)
                .optional("templates", TEMPLATES)
                .optional("integrations", INTEGRATIONS);
    }

    private static String requiredFieldsKeyProblem(String key) {
        int colon = key.indexOf(':');
        String entity = colon < 0 ? key : key.substring(0, colon);
        if (!ProfileEntity.keys().contains(entity)) {
            return "Unknown key '" + key + "'; expected one of " + ProfileEntity.keys() + ", or work_item:<TYPE>";
        }
        if (colon < 0) {
            return null;
        }
        if (!entity.equals(ProfileEntity.WORK_ITEM.key())) {
            return "Unknown key '" + key + "'; only work_item can be qualified by a type";
        }
        String type = key.substring(colon + 1);
        if (!names(WorkItemType.values()).contains(type)) {
            return "Unknown work item type '" + type + "' in '" + key + "'; expected one of " + names(WorkItemType.values());
        }
        return null;
    }

    private static ProfileEntity entityOf(String requiredFieldsKey) {
        int colon = requiredFieldsKey.indexOf(':');
        return ProfileEntity.fromKey(colon < 0 ? requiredFieldsKey : requiredFieldsKey.substring(0, colon));
    }

    private static Shape fieldName(ProfileEntity entity) {
        List<String> allowed = ALLOWED_FIELDS.get(entity);
        boolean labels = entity == ProfileEntity.WORK_ITEM;
        List<String> expected = new ArrayList<>(allowed);
        if (labels) {
            expected.add("labels.<key>");
        }
        return (path, value, errors) -> {
            if (!(value instanceof String name)) {
                errors.add(Shape.typeError(path, "a string", value));
            } else if (!allowed.contains(name) && !(labels && LABEL_FIELD.matcher(name).matches())) {
                errors.add(new FieldError(path, "Unknown field '" + name + "' for " + entity.key()
                        + "; expected one of " + expected));
            }
        };
    }

    private static String customFieldKeyProblem(String key) {
        return CUSTOM_FIELD_KEY.matcher(key).matches() ? null
                : "Custom field key '" + key + "' must be lower-case letters, digits and underscores, "
                + "starting with a letter, at most 40 characters";
    }

    private static void containsNew(String path, Object value, List<FieldError> errors) {
        if (!((List<?>) value).contains(WorkItemStatus.NEW.name())) {
            errors.add(new FieldError(path, "Must include NEW"));
        }
    }

    private static void optionsMatchType(String path, Object value, List<FieldError> errors) {
        Map<?, ?> field = (Map<?, ?>) value;
        boolean isEnum = CustomFieldType.ENUM.key().equals(field.get("type"));
        if (isEnum && !field.containsKey("options")) {
            errors.add(new FieldError(Shape.join(path, "options"), "Required for an enum field"));
        } else if (!isEnum && field.containsKey("options")) {
            errors.add(new FieldError(Shape.join(path, "options"), "Only enum fields take options"));
        }
    }

    private static void strictlyIncreasing(String path, Object value, List<FieldError> errors) {
        List<?> days = (List<?>) value;
        for (int i = 1; i < days.size(); i++) {
            if (JsonTree.integral(days.get(i)) <= JsonTree.integral(days.get(i - 1))) {
                errors.add(new FieldError(path + "[" + i + "]", "Must be greater than the day before it ("
                        + JsonTree.integral(days.get(i - 1)) + "); days must be strictly increasing"));
            }
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<List<String>> effectivePaths() {
        List<List<String>> paths = new ArrayList<>();
        LABEL_KEYS.forEach(key -> paths.add(List.of("labels", key)));
        Capability.keys().forEach(key -> paths.add(List.of("capabilities", key)));
        paths.add(List.of("required_fields"));
        paths.add(List.of("workflows", "work_item_statuses"));
        paths.add(List.of("workflows", "default_work_item_type"));
        ConversionRule.keys().forEach(key -> paths.add(List.of("workflows", "conversion_rules", key)));
        paths.add(List.of("extensions", "work_item_fields"));
        paths.add(List.of("automations", "ar_reminders", "enabled"));
        paths.add(List.of("automations", "ar_reminders", "days_after_due"));
        TEMPLATE_KEYS.forEach(key -> paths.add(List.of("templates", key)));
        paths.add(List.of("integrations", "presets"));
        return List.copyOf(paths);
    }
}
