package io.smbhub.domain.shared;

import java.time.Instant;

/**
 * A past-tense fact recorded by an aggregate's intent method. {@link #action()} is the audit action
 * name ({@code invoice.sent}); {@link #occurredAt()} is UTC and comes from the caller's clock.
 */
public interface DomainEvent {
    String action();

    Instant occurredAt();
}
