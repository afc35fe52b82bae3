package io.smbhub.application.memory;

import io.smbhub.application.port.out.WebhookEventStore;

import java.time.Instant;
import java.util.Optional;

/** {@link WebhookEventStore} in memory, taking part in transactions. */
public final class InMemoryWebhookEventStore implements WebhookEventStore {

    private record Key(String provider, String eventId) {
    }

    private final InMemoryMap<Key, StoredEvent> events;

    public InMemoryWebhookEventStore(InMemoryTransactionRunner tx) {
        events = new InMemoryMap<>(tx);
    }

    @Override
    public boolean storeIfAbsent(StoredEvent event) {
        return events.putIfAbsent(new Key(event.provider(), event.providerEventId()), event);
    }

    @Override
    public Optional<StoredEvent> find(String provider, String providerEventId) {
        return events.get(new Key(provider, providerEventId));
    }

    @Override
    public void markOutcome(String provider, String providerEventId, Status status, String note, Instant at) {
        Key key = new Key(provider, providerEventId);
        events.get(key).ifPresent(e -> events.put(key, new StoredEvent(e.id(), e.provider(), e.providerEventId(), e.type(),
                e.payload(), status, note, e.receivedAt(), at)));
    }
}
