package io.smbhub.domain.profile;

import java.util.Arrays;
import java.util.List;

/**
 * The core objects a profile can put rules on (spec smb-hub-prd.md 8.2.3 {@code required_fields}, 9.4.2
 * {@code entity_type}). The {@link #key()} is the JSON key in {@code required_fields}.
 */
public enum ProfileEntity {
    WORK_ITEM("work_item", "work items"),
    QUOTE("quote", "quotes"),
    INVOICE("invoice", "invoices"),
    EXPENSE("expense", "expenses"),
    CONTACT("contact", "contacts");

    private final String key;
    private final String plural;

    ProfileEntity(String key, String plural) {
        this.key = key;
        this.plural = plural;
    }

    /** The snake_case key used in profile JSON, e.g. {@code work_item}. */
    public String key() {
        return key;
    }

    /** Plural words for messages, e.g. "work items". */
    public String plural() {
        return plural;
    }

    /**
     * The entity whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException for an unknown key, naming the known ones
     */
    public static ProfileEntity fromKey(String key) {
        for (ProfileEntity entity : values()) {
            if (entity.key.equals(key)) {
                return entity;
            }
        }
        throw new IllegalArgumentException("Unknown entity '" + key + "'; expected one of " + keys());
    }

    /** All keys in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ProfileEntity::key).toList();
    }
}
