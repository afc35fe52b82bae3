package io.smbhub.domain.profile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A work item field a profile declares (spec smb-hub-prd.md 8.2.3 {@code extensions.work_item_fields}, 8.2.5):
 * its value lives as text under {@code key} in {@code WorkItem.labels}.
 *
 * @param key      the label key, e.g. {@code party_size}
 * @param type     which text is acceptable
 * @param required whether operations that enforce required fields need a value (see {@link ProfileValidator})
 * @param label    the name shown to people, or {@code null} when the profile gives none
 * @param options  the allowed values of an {@code enum} field, empty for other types
 */
public record CustomField(String key, CustomFieldType type, boolean required, String label, List<String> options) {
    public CustomField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** {@link #label()} when given, else the key in words ({@code party_size} → "Party size"). */
    public String displayName() {
        return label != null ? label : humanise(key);
    }

    /** {@code external_order_id} → "External order id". */
    static String humanise(String key) {
        String words = key.replace('_', ' ').strip();
        return words.isEmpty() ? key : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
