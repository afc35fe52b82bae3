package io.smbhub.domain.profile;

import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static io.smbhub.domain.profile.ProfileOperation.APPLY_AI;
import static io.smbhub.domain.profile.ProfileOperation.CLOSE;
import static io.smbhub.domain.profile.ProfileOperation.CONVERT;
import static io.smbhub.domain.profile.ProfileOperation.CREATE;
import static io.smbhub.domain.profile.ProfileOperation.SEND;
import static io.smbhub.domain.profile.ProfileOperation.UPDATE;

/**
 * The profile validation policy (spec smb-hub-prd.md 9.4.2): {@code validate(entity_type, payload, operation,
 * effective_profile) → errors[]}, run by the application before create, update, send, convert, apply-AI and
 * close. It checks what the profile adds; the aggregates still enforce their own invariants.
 * <p>
 * Rules:
 * <ol>
 *   <li>Required fields ({@link EffectiveProfile#requiredFields(ProfileEntity, String)}) must be present on the
 *       operations listed in {@link #REQUIRED_FIELDS_ENFORCED_ON}: drafts of quotes and invoices may be
 *       incomplete until they are sent or converted. A field is missing when {@code null}, a blank string, an
 *       empty collection or an empty map; {@code labels.<key>} is looked up in {@code payload.labels}.</li>
 *   <li>Work items, on every operation: declared custom fields present in {@code labels} must match their type;
 *       custom fields declared {@code required: true} are required on the enforcing operations; a
 *       {@code status} must be one the profile uses; {@code type} (default: the profile's default type) selects
 *       the {@code work_item:<TYPE>} required-field list. Undeclared label keys are free-form and allowed.</li>
 * </ol>
 */
public final class ProfileValidator {

    /** Which operations enforce required fields, per entity (spec 9.4.1). */
    public static final Map<ProfileEntity, Set<ProfileOperation>> REQUIRED_FIELDS_ENFORCED_ON = enforcementTable();

    /** Readable names of the plain fields, for messages. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("title", "Title"), Map.entry("description", "Description"), Map.entry("contact_id", "Contact"),
            Map.entry("due_at", "Due date"), Map.entry("priority", "Priority"), Map.entry("assigned_to", "Assignee"),
            Map.entry("issue_date", "Issue date"), Map.entry("expiry_date", "Expiry date"),
            Map.entry("due_date", "Due date"), Map.entry("line_items", "Line items"), Map.entry("notes", "Notes"),
            Map.entry("terms", "Terms"), Map.entry("expense_date", "Expense date"), Map.entry("amount", "Amount"),
            Map.entry("vendor_id", "Vendor"), Map.entry("category", "Category"), Map.entry("email", "Email"),
            Map.entry("phone", "Phone"), Map.entry("company_name", "Company name"), Map.entry("address", "Address"));

    private static final Set<String> PLURAL_FIELDS = Set.of("line_items", "notes", "terms");

    private static final String LABELS_PREFIX = "labels.";

    private ProfileValidator() {
    }

    /**
     * Checks {@code payload} for {@code operation} on {@code entity} against {@code profile}.
     *
     * @param payload the object's state after the operation, keyed by API field names ({@code title},
     *                {@code contact_id}, {@code line_items}, {@code labels} as a map of text, {@code type} and
     *                {@code status} as enum constants or names); for an update the merged state, not only the
     *                changed fields; {@code null} counts as empty
     * @return field errors with the field as listed in the profile ({@code labels.external_order_id}) and a
     *         message such as "External order id is required by the retail_pos profile for ORDER work items";
     *         empty when the payload passes
     */
    public static List<FieldError> validate(ProfileEntity entity, Map<String, Object> payload,
                                            ProfileOperation operation, EffectiveProfile profile) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(profile, "profile");
        Map<String, Object> values = payload == null ? Map.of() : payload;
        List<FieldError> errors = new ArrayList<>();
        String workItemType = null;
        if (entity == ProfileEntity.WORK_ITEM) {
            workItemType = checkWorkItemType(values, profile, errors);
            checkWorkItemStatus(values, profile, errors);
            checkCustomFieldTypes(values, profile, errors);
        }
        if (enforcesRequiredFields(entity, operation)) {
            checkRequiredFields(entity, workItemType, values, profile, errors);
        }
        return List.copyOf(errors);
    }

    /** Whether {@code operation} on {@code entity} enforces the profile's required fields. */
    public static boolean enforcesRequiredFields(ProfileEntity entity, ProfileOperation operation) {
        return REQUIRED_FIELDS_ENFORCED_ON.get(entity).contains(operation);
    }

    private static void checkRequiredFields(ProfileEntity entity, String workItemType, Map<String, Object> payload,
                                            EffectiveProfile profile, List<FieldError> errors) {
        Set<String> required = new LinkedHashSet<>(profile.requiredFields(entity, workItemType));
        if (entity == ProfileEntity.WORK_ITEM) {
            profile.workItemFields().values().stream().filter(CustomField::required)
                    .forEach(field -> required.add(LABELS_PREFIX + field.key()));
        }
        boolean typed = entity == ProfileEntity.WORK_ITEM && profile.hasTypedRequiredFields(workItemType);
        String forWhat = typed ? workItemType + " " + entity.plural() : entity.plural();
        for (String field : required) {
            if (isMissing(lookUp(payload, field))) {
                String name = readableName(field, profile);
                String verb = PLURAL_FIELDS.contains(field) ? " are" : " is";
                errors.add(new FieldError(field, name + verb + " required by the " + profile.profileId()
                        + " profile for " + forWhat));
            }
        }
    }

    /** The work item type name to look up required fields with; reports a type that does not exist. */
    private static String checkWorkItemType(Map<String, Object> payload, EffectiveProfile profile,
                                            List<FieldError> errors) {
        Object type = payload.get("type");
        if (type == null) {
            return profile.defaultWorkItemType().name();
        }
        String name = enumName(type);
        if (Arrays.stream(WorkItemType.values()).noneMatch(t -> t.name().equals(name))) {
            errors.add(new FieldError("type", "Unknown work item type '" + type + "'; expected one of "
                    + Arrays.toString(WorkItemType.values())));
        }
        return name;
    }

    private static void checkWorkItemStatus(Map<String, Object> payload, EffectiveProfile profile,
                                            List<FieldError> errors) {
        Object status = payload.get("status");
        if (status == null) {
            return;
        }
        String name = enumName(status);
        if (profile.workItemStatuses().stream().map(WorkItemStatus::name).noneMatch(name::equals)) {
            errors.add(new FieldError("status", "Status " + status + " is not used by the " + profile.profileId()
                    + " profile; use one of " + profile.workItemStatuses()));
        }
    }

    private static void checkCustomFieldTypes(Map<String, Object> payload, EffectiveProfile profile,
                                              List<FieldError> errors) {
        for (CustomField field : profile.workItemFields().values()) {
            Object value = lookUp(payload, LABELS_PREFIX + field.key());
            if (isMissing(value)) {
                continue;
            }
            String text = String.valueOf(value).strip();
            String problem = typeProblem(field, text);
            if (problem != null) {
                errors.add(new FieldError(LABELS_PREFIX + field.key(), field.displayName() + " must be " + problem
                        + ", got '" + text + "'"));
            }
        }
    }

    /** What {@code text} should have been for {@code field}, or {@code null} when it fits the type. */
    private static String typeProblem(CustomField field, String text) {
        switch (field.type()) {
            case NUMBER:
                try {
                    new BigDecimal(text);
                    return null;
                } catch (NumberFormatException notANumber) {
                    return "a number";
                }
            case BOOLEAN:
                return text.equals("true") || text.equals("false") ? null : "true or false";
            case DATE:
                try {
                    LocalDate.parse(text);
                    return null;
                } catch (DateTimeParseException notADate) {
                    return "a date as yyyy-MM-dd";
                }
            case ENUM:
                return field.options().contains(text) ? null : "one of " + field.options();
            default:
                return null;
        }
    }

    private static Object lookUp(Map<String, Object> payload, String field) {
        if (field.startsWith(LABELS_PREFIX)) {
            return payload.get("labels") instanceof Map<?, ?> labels
                    ? labels.get(field.substring(LABELS_PREFIX.length()))
                    : null;
        }
        return payload.get(field);
    }

    private static boolean isMissing(Object value) {
        return value == null
                || value instanceof CharSequence text && text.toString().isBlank()
                || value instanceof Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty()
                || value instanceof Optional<?> optional && optional.isEmpty();
    }

    private static String readableName(String field, EffectiveProfile profile) {
        if (field.startsWith(LABELS_PREFIX)) {
            String key = field.substring(LABELS_PREFIX.length());
            CustomField declared = profile.workItemFields().get(key);
            return declared != null ? declared.displayName() : CustomField.humanise(key);
        }
        return FIELD_NAMES.getOrDefault(field, CustomField.humanise(field));
    }

    private static String enumName(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value).strip().toUpperCase(Locale.ROOT);
    }

    private static Map<ProfileEntity, Set<ProfileOperation>> enforcementTable() {
        Map<ProfileEntity, Set<ProfileOperation>> table = new EnumMap<>(ProfileEntity.class);
        table.put(ProfileEntity.WORK_ITEM, Collections.unmodifiableSet(EnumSet.of(CREATE, UPDATE, CLOSE, CONVERT, APPLY_AI)));
        table.put(ProfileEntity.QUOTE, Collections.unmodifiableSet(EnumSet.of(SEND, CONVERT, APPLY_AI)));
        table.put(ProfileEntity.INVOICE, Collections.unmodifiableSet(EnumSet.of(SEND, CONVERT, APPLY_AI)));
        table.put(ProfileEntity.EXPENSE, Collections.unmodifiableSet(EnumSet.of(CREATE, UPDATE, APPLY_AI)));
        table.put(ProfileEntity.CONTACT, Collections.unmodifiableSet(EnumSet.of(CREATE, UPDATE, APPLY_AI)));
        return Collections.unmodifiableMap(table);
    }
}
