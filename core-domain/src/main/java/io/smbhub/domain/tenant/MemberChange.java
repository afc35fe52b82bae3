package io.smbhub.domain.tenant;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a membership change: the membership before ({@code null} when it was just created), after, and
 * the events that describe what changed (empty when nothing did), in the order they happened.
 */
public record MemberChange(TenantMember before, TenantMember after, List<MemberEvent> events) {
    public MemberChange {
        Objects.requireNonNull(after, "after");
        events = List.copyOf(events);
    }

    /** True when something changed, so the membership must be saved and audited. */
    public boolean changed() {
        return !events.isEmpty();
    }
}
