package io.smbhub.domain.profile;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The profile a tenant actually runs with (spec smb-hub-prd.md 9.1.2): {@code merge(base_profile,
 * selected_profile, tenant_overrides)} by the rules of {@link ProfileMerge#merge(List)}, validated against
 * {@link ProfileSchema}, with typed read-only accessors. Immutable; knows no profile by name — everything it
 * says comes from the documents.
 */
public final class EffectiveProfile {

    private static final String TYPED_KEY_SEPARATOR = ":";

    private final String profileId;
    private final int version;
    private final Map<String, Object> document;
    private final Map<String, String> labels;
    private final Map<Capability, Boolean> capabilities;
    private final Map<String, List<String>> requiredFields;
    private final List<WorkItemStatus> workItemStatuses;
    private final WorkItemType defaultWorkItemType;
    private final Map<ConversionRule, Boolean> conversionRules;
    private final Map<String, CustomField> workItemFields;
    private final ArReminders arReminders;
    private final Map<String, String> templates;
    private final List<String> integrationPresets;

    private EffectiveProfile(String profileId, int version, Map<String, Object> document) {
        this.profileId = profileId;
        this.version = version;
        this.document = document;
        this.labels = stringMap(section("labels"));
        this.capabilities = booleans(Capability.class, section("capabilities"), Capability::fromKey);
        this.requiredFields = requiredFieldLists(section("required_fields"));
        Map<?, ?> workflows = section("workflows");
        this.workItemStatuses = ((List<?>) workflows.get("work_item_statuses")).stream()
                .map(name -> WorkItemStatus.valueOf((String) name)).toList();
        this.defaultWorkItemType = WorkItemType.valueOf((String) workflows.get("default_work_item_type"));
        this.conversionRules = booleans(ConversionRule.class, (Map<?, ?>) workflows.get("conversion_rules"),
                ConversionRule::fromKey);
        this.workItemFields = customFields((Map<?, ?>) section("extensions").get("work_item_fields"));
        Map<?, ?> reminders = (Map<?, ?>) section("automations").get("ar_reminders");
        this.arReminders = new ArReminders((Boolean) reminders.get("enabled"),
                ((List<?>) reminders.get("days_after_due")).stream()
                        .map(day -> Math.toIntExact(JsonTree.integral(day))).toList());
        this.templates = stringMap(section("templates"));
        this.integrationPresets = ((List<?>) section("integrations").get("presets")).stream()
                .map(String.class::cast).toList();
    }

    /**
     * Merges {@code base} → {@code selected} → {@code tenantOverrides} (spec 9.3.1); the result carries the
     * {@code profile_id} and {@code version} of {@code selected}, and {@code labels_json.<key>} in
     * {@code required_fields} is rewritten as {@code labels.<key>}.
     *
     * @param base            the safe defaults every profile is a delta over; must pass
     *                        {@link ProfileSchema#checkDefinition(Map)}
     * @param selected        the tenant's profile (may be {@code base} itself); must pass
     *                        {@link ProfileSchema#checkDefinition(Map)}
     * @param tenantOverrides the tenant's overrides, or {@code null} for none; must pass
     *                        {@link ProfileSchema#checkOverrides(Map)}
     * @throws DomainException {@code VALIDATION_ERROR} when a layer breaks the schema, or the merged result
     *                         lacks a section the base must provide or breaks a rule (details name the fields)
     */
    public static EffectiveProfile resolve(ProfileDefinition base, ProfileDefinition selected,
                                           Map<String, Object> tenantOverrides) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(selected, "selected");
        Map<String, Object> overrides = tenantOverrides == null ? Map.of() : tenantOverrides;
        failOn(ProfileSchema.checkDefinition(base.document()), "Base profile " + describe(base)
                + " does not match profile schema v1; fix the listed fields and publish a new version");
        failOn(ProfileSchema.checkDefinition(selected.document()), "Profile " + describe(selected)
                + " does not match profile schema v1; fix the listed fields and publish a new version");
        failOn(ProfileSchema.checkOverrides(overrides), "The tenant's overrides of profile " + selected.profileId()
                + " do not match profile schema v1; fix the listed fields");

        Map<String, Object> merged = new LinkedHashMap<>(
                ProfileMerge.merge(List.of(base.document(), selected.document(), overrides)));
        merged.put("profile_id", selected.profileId());
        merged.put("version", (long) selected.version());
        if (merged.get("required_fields") instanceof Map<?, ?> requiredFields) {
            merged.put("required_fields", normaliseRequiredFields(requiredFields));
        }
        Map<String, Object> document = JsonTree.deepCopyImmutable(merged);

        failOn(ProfileSchema.checkEffective(document), "The effective " + selected.profileId()
                + " profile (base + " + describe(selected) + " + tenant overrides) is incomplete or inconsistent;"
                + " fix the listed fields in one of the layers");
        return new EffectiveProfile(selected.profileId(), selected.version(), document);
    }

    /** The selected profile's id, e.g. {@code retail_pos}. */
    public String profileId() {
        return profileId;
    }

    /** The selected profile's version (≥ 1). */
    public int version() {
        return version;
    }

    /** The merged JSON tree, deep immutable, as returned by {@code GET /v1/profile} (spec 9.6.1). */
    public Map<String, Object> document() {
        return document;
    }

    /** Terminology for the UI (spec 9.6.3): every key of {@link ProfileSchema#LABEL_KEYS} → text. */
    public Map<String, String> labels() {
        return labels;
    }

    /** Whether {@code capability} is switched on (spec 9.4.3). */
    public boolean enabled(Capability capability) {
        return capabilities.get(capability);
    }

    /**
     * Passes when {@code capability} is on.
     *
     * @throws DomainException {@code CAPABILITY_DISABLED} ("quotes is switched off in the restaurant profile")
     */
    public void requireCapability(Capability capability) {
        if (!enabled(capability)) {
            throw new DomainException(ErrorCode.CAPABILITY_DISABLED,
                    capability.key() + " is switched off in the " + profileId + " profile");
        }
    }

    /**
     * The fields the profile requires for {@code entity} (spec 8.2.3, 9.4.4): for a work item of type
     * {@code workItemTypeOrNull} (a {@link WorkItemType} name, case-insensitive) the {@code work_item:<TYPE>}
     * list when the profile has one, else the entity's list, else none. Label fields read {@code labels.<key>}.
     */
    public List<String> requiredFields(ProfileEntity entity, String workItemTypeOrNull) {
        Objects.requireNonNull(entity, "entity");
        if (entity == ProfileEntity.WORK_ITEM && hasTypedRequiredFields(workItemTypeOrNull)) {
            return requiredFields.get(typedKey(workItemTypeOrNull));
        }
        return requiredFields.getOrDefault(entity.key(), List.of());
    }

    /** Whether the profile has its own {@code work_item:<TYPE>} required-field list for the type. */
    boolean hasTypedRequiredFields(String workItemTypeOrNull) {
        return workItemTypeOrNull != null && requiredFields.containsKey(typedKey(workItemTypeOrNull));
    }

    private static String typedKey(String workItemType) {
        return ProfileEntity.WORK_ITEM.key() + TYPED_KEY_SEPARATOR + workItemType.strip().toUpperCase(Locale.ROOT);
    }

    /** The work item statuses this profile uses, in order (spec 9.3.2: replaced, never appended). */
    public List<WorkItemStatus> workItemStatuses() {
        return workItemStatuses;
    }

    /** The status of a new work item: the first of {@link #workItemStatuses()}. */
    public WorkItemStatus defaultWorkItemStatus() {
        return workItemStatuses.get(0);
    }

    /** The type of a new work item when none is given (spec 9.5.1). */
    public WorkItemType defaultWorkItemType() {
        return defaultWorkItemType;
    }

    /**
     * Whether the profile allows the conversion (spec 9.7.2). Capabilities are separate: converting to a quote
     * also needs {@link Capability#QUOTES}.
     */
    public boolean allows(ConversionRule rule) {
        return conversionRules.get(rule);
    }

    /** The declared custom work item fields by key, in document order (spec 8.2.5). */
    public Map<String, CustomField> workItemFields() {
        return workItemFields;
    }

    /** The AR reminder schedule (spec 8.2.3 {@code automations.ar_reminders}). */
    public ArReminders arReminders() {
        return arReminders;
    }

    /** Default template ids by {@link ProfileSchema#TEMPLATE_KEYS} key (spec 9.5.1). */
    public Map<String, String> templates() {
        return templates;
    }

    /** Integration presets such as {@code square}, in order (spec 8.2.3 {@code integrations.presets}). */
    public List<String> integrationPresets() {
        return integrationPresets;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EffectiveProfile that && document.equals(that.document);
    }

    @Override
    public int hashCode() {
        return document.hashCode();
    }

    @Override
    public String toString() {
        return "EffectiveProfile[" + profileId + " v" + version + "]";
    }

    private Map<?, ?> section(String name) {
        return (Map<?, ?>) document.get(name);
    }

    private static void failOn(List<FieldError> errors, String message) {
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, message, errors);
        }
    }

    private static String describe(ProfileDefinition definition) {
        return definition.profileId() + " version " + definition.version();
    }

    private static Map<String, Object> normaliseRequiredFields(Map<?, ?> section) {
        Map<String, Object> normalised = new LinkedHashMap<>();
        section.forEach((key, fields) -> normalised.put((String) key, fields instanceof List<?> list
                ? List.copyOf(new LinkedHashSet<>(list.stream()
                        .map(field -> field instanceof String name ? ProfileSchema.normaliseFieldName(name) : field)
                        .toList()))
                : fields));
        return normalised;
    }

    private static Map<String, String> stringMap(Map<?, ?> section) {
        Map<String, String> map = new LinkedHashMap<>();
        section.forEach((key, value) -> map.put((String) key, (String) value));
        return Collections.unmodifiableMap(map);
    }

    private static <E extends Enum<E>> Map<E, Boolean> booleans(Class<E> type, Map<?, ?> section,
                                                                 Function<String, E> byKey) {
        Map<E, Boolean> map = new EnumMap<>(type);
        section.forEach((key, value) -> map.put(byKey.apply((String) key), (Boolean) value));
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, List<String>> requiredFieldLists(Map<?, ?> section) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        section.forEach((key, fields) -> map.put((String) key,
                ((List<?>) fields).stream().map(String.class::cast).toList()));
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, CustomField> customFields(Map<?, ?> section) {
        Map<String, CustomField> map = new LinkedHashMap<>();
        section.forEach((key, value) -> {
            Map<?, ?> field = (Map<?, ?>) value;
            List<?> options = field.get("options") instanceof List<?> list ? list : List.of();
            map.put((String) key, new CustomField((String) key,
                    CustomFieldType.fromKey((String) field.get("type")),
                    Boolean.TRUE.equals(field.get("required")),
                    (String) field.get("label"),
                    options.stream().map(String.class::cast).toList()));
        });
        return Collections.unmodifiableMap(map);
    }
}
