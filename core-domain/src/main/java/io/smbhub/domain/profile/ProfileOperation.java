package io.smbhub.domain.profile;

import java.util.Locale;

/**
 * The moments at which the backend runs profile validation (spec smb-hub-prd.md 9.4.1-9.4.2): creating or
 * updating an object, sending it, converting it, applying an AI draft to it, and closing a work item.
 * Which operations enforce required fields for which entity is the table in {@link ProfileValidator}.
 */
public enum ProfileOperation {
    CREATE, UPDATE, SEND, CONVERT, APPLY_AI, CLOSE;

    /** The lower-case wire name of spec 9.4.2, e.g. {@code apply_ai}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
