package io.smbhub.application.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A key-value map of immutable values that takes part in {@link InMemoryTransactionRunner} rollback. */
final class InMemoryMap<K, V> implements InMemoryTransactionRunner.Participant {

    private Map<K, V> values = new HashMap<>();

    InMemoryMap(InMemoryTransactionRunner tx) {
        tx.register(this);
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Stores {@code value} unless the key exists; returns whether it was stored. */
    synchronized boolean putIfAbsent(K key, V value) {
        return values.putIfAbsent(key, value) == null;
    }

    synchronized void put(K key, V value) {
        values.put(key, value);
    }

    synchronized void remove(K key) {
        values.remove(key);
    }

    synchronized List<V> where(Predicate<V> filter) {
        return values.values().stream().filter(filter).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        values = new HashMap<>((Map<K, V>) snapshot);
    }
}
