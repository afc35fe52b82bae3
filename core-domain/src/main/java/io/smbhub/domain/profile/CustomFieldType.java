package io.smbhub.domain.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The value type of a profile-declared work item field (spec smb-hub-prd.md 8.2.3
 * {@code extensions.work_item_fields.*.type}). Values live as text in {@code WorkItem.labels}; the type says
 * which text is acceptable: {@code string} anything, {@code number} a decimal ({@code BigDecimal} syntax),
 * {@code boolean} {@code true}/{@code false}, {@code date} an ISO {@code yyyy-MM-dd}, {@code enum} one of the
 * field's options.
 */
public enum CustomFieldType {
    STRING, NUMBER, BOOLEAN, DATE, ENUM;

    /** The lower-case JSON key, e.g. {@code date}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException for an unknown key, naming the known ones
     */
    public static CustomFieldType fromKey(String key) {
        for (CustomFieldType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown custom field type '" + key + "'; expected one of " + keys());
    }

    /** All keys in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(CustomFieldType::key).toList();
    }
}
