package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.WebhookEvents;
import io.smbhub.application.port.out.WebhookEventStore;
import org.jooq.Record;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link WebhookEventStore} on PostgreSQL ({@code webhook_events}): {@code (provider, provider_event_id)} is
 * unique, so concurrent deliveries of one event store one row ({@code INSERT … ON CONFLICT DO NOTHING}).
 */
public final class JooqWebhookEventStore implements WebhookEventStore {

    private final JdbcTransactionRunner tx;

    public JooqWebhookEventStore(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public boolean storeIfAbsent(StoredEvent e) {
        return tx.dsl().insertInto(WebhookEvents.TABLE)
                .set(WebhookEvents.ID, e.id())
                .set(WebhookEvents.PROVIDER, e.provider())
                .set(WebhookEvents.PROVIDER_EVENT_ID, e.providerEventId())
                .set(WebhookEvents.TYPE, e.type())
                .set(WebhookEvents.PAYLOAD, e.payload())
                .set(WebhookEvents.STATUS, e.status().name())
                .set(WebhookEvents.NOTE, e.note())
                .set(WebhookEvents.RECEIVED_AT, SqlSupport.micros(e.receivedAt()))
                .set(WebhookEvents.PROCESSED_AT, SqlSupport.micros(e.processedAt()))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<StoredEvent> find(String provider, String providerEventId) {
        return tx.dsl().select(WebhookEvents.ALL).from(WebhookEvents.TABLE)
                .where(WebhookEvents.PROVIDER.eq(provider), WebhookEvents.PROVIDER_EVENT_ID.eq(providerEventId))
                .fetchOptional().map(JooqWebhookEventStore::toEvent);
    }

    @Override
    public void markOutcome(String provider, String providerEventId, Status status, String note, Instant at) {
        tx.dsl().update(WebhookEvents.TABLE)
                .set(WebhookEvents.STATUS, status.name())
                .set(WebhookEvents.NOTE, note)
                .set(WebhookEvents.PROCESSED_AT, SqlSupport.micros(at))
                .where(WebhookEvents.PROVIDER.eq(provider), WebhookEvents.PROVIDER_EVENT_ID.eq(providerEventId))
                .execute();
    }

    private static StoredEvent toEvent(Record r) {
        return new StoredEvent(r.get(WebhookEvents.ID), r.get(WebhookEvents.PROVIDER), r.get(WebhookEvents.PROVIDER_EVENT_ID),
                r.get(WebhookEvents.TYPE), r.get(WebhookEvents.PAYLOAD), Status.valueOf(r.get(WebhookEvents.STATUS)),
                r.get(WebhookEvents.NOTE), r.get(WebhookEvents.RECEIVED_AT), r.get(WebhookEvents.PROCESSED_AT));
    }
}
