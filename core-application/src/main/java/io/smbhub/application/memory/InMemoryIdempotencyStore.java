package io.smbhub.application.memory;

import io.smbhub.application.port.out.IdempotencyStore;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;

/** {@link IdempotencyStore} in memory; transactions are serialised, so no concurrent claim can be seen. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Key(TenantId tenant, String operation, String key) {
    }

    private final InMemoryMap<Key, Entry> entries;

    public InMemoryIdempotencyStore(InMemoryTransactionRunner tx) {
        entries = new InMemoryMap<>(tx);
    }

    @Override
    public boolean reserve(TenantId tenant, String operation, String key, String fingerprint, Instant at) {
        return entries.putIfAbsent(new Key(tenant, operation, key), new Entry(fingerprint, null));
    }

    @Override
    public Optional<Entry> find(TenantId tenant, String operation, String key) {
        return entries.get(new Key(tenant, operation, key));
    }

    @Override
    public void complete(TenantId tenant, String operation, String key, String result) {
        Key k = new Key(tenant, operation, key);
        entries.put(k, new Entry(entries.get(k).map(Entry::fingerprint).orElse(null), result));
    }
}
