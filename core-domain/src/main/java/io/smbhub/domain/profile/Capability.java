package io.smbhub.domain.profile;

import java.util.Arrays;
import java.util.List;

/**
 * A module a profile switches on or off (spec smb-hub-prd.md 8.2.3 {@code capabilities}, 9.4.3). The
 * {@link #key()} is the JSON key in the profile document; a disabled capability makes the backend answer
 * {@code CAPABILITY_DISABLED} (see {@link EffectiveProfile#requireCapability(Capability)}).
 */
public enum Capability {
    INBOX("inbox"),
    QUOTES("quotes"),
    INVOICES("invoices"),
    PAYMENTS("payments"),
    EXPENSES("expenses"),
    CLIENT_PORTAL("client_portal"),
    POS_SYNC("pos_sync"),
    SCHEDULING_LITE("scheduling_lite"),
    INVENTORY_LITE("inventory_lite"),
    RETURNS_LITE("returns_lite");

    private final String key;

    Capability(String key) {
        this.key = key;
    }

    /** The snake_case key used in profile JSON, e.g. {@code client_portal}. */
    public String key() {
        return key;
    }

    /**
     * The capability whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException for an unknown key, naming the known ones
     */
    public static Capability fromKey(String key) {
        for (Capability capability : values()) {
            if (capability.key.equals(key)) {
                return capability;
            }
        }
        throw new IllegalArgumentException("Unknown capability '" + key + "'; expected one of " + keys());
    }

    /** All keys in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Capability::key).toList();
    }
}
