package io.smbhub.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of every aggregate: the optimistic-concurrency {@code version} it was loaded at, and the
 * events its intent methods recorded since, which the application drains after saving (audit).
 *
 * @param <E> the aggregate's sealed event type
 */
public abstract class AggregateRoot<E extends DomainEvent> {

    private final long version;
    private final List<E> events = new ArrayList<>();

    protected AggregateRoot(long version) {
        this.version = version;
    }

    /** The version this instance was loaded at (0 for a new aggregate); a save must match it. */
    public final long version() {
        return version;
    }

    protected final void record(E event) {
        events.add(event);
    }

    /** Returns and clears the events recorded since the last call. */
    public final List<E> pullEvents() {
        List<E> copy = List.copyOf(events);
        events.clear();
        return copy;
    }
}
