package io.smbhub.domain.profile;

import java.util.Arrays;
import java.util.List;

/**
 * A conversion a profile may allow or forbid (spec smb-hub-prd.md 8.2.3 {@code workflows.conversion_rules},
 * 9.7.2). The {@link #key()} is the JSON key in the profile document.
 */
public enum ConversionRule {
    WORK_ITEM_TO_QUOTE("work_item_to_quote"),
    WORK_ITEM_TO_INVOICE("work_item_to_invoice"),
    QUOTE_TO_INVOICE("quote_to_invoice");

    private final String key;

    ConversionRule(String key) {
        this.key = key;
    }

    /** The snake_case key used in profile JSON, e.g. {@code quote_to_invoice}. */
    public String key() {
        return key;
    }

    /**
     * The rule whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException for an unknown key, naming the known ones
     */
    public static ConversionRule fromKey(String key) {
        for (ConversionRule rule : values()) {
            if (rule.key.equals(key)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("Unknown conversion rule '" + key + "'; expected one of " + keys());
    }

    /** All keys in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ConversionRule::key).toList();
    }
}
