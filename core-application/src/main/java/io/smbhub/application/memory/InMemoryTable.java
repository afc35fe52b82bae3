package io.smbhub.application.memory;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One in-memory table of immutable snapshots keyed by {@code (tenant, id)}, with optimistic versions and
 * transaction rollback through {@link InMemoryTransactionRunner}. Rows are stored as copies made by
 * {@code copier(row, version)}, so callers never share mutable aggregates with the store.
 *
 * @param <T> the stored aggregate type
 */
final class InMemoryTable<T> implements InMemoryTransactionRunner.Participant {

    private record Key(UUID tenant, UUID id) {
    }

    private Map<Key, T> rows = new HashMap<>();
    private final BiFunction<T, Long, T> copier;
    private final String label;

    InMemoryTable(InMemoryTransactionRunner tx, String label, BiFunction<T, Long, T> copier) {
        this.copier = copier;
        this.label = label;
        tx.register(this);
    }

    /** UUID order as PostgreSQL sorts {@code uuid}: unsigned, byte by byte. */
    static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** Orders rows by id the way PostgreSQL does. */
    static <R> Comparator<R> byId(Function<R, UUID> idOf) {
        return Comparator.comparing(idOf, UNSIGNED);
    }

    synchronized Optional<T> find(UUID tenant, UUID id) {
        T row = rows.get(new Key(tenant, id));
        return row == null ? Optional.empty() : Optional.of(copier.apply(row, version(row)));
    }

    /** Insert when {@code expectedVersion} is 0, else compare-and-set; returns the new version. Errors: {@code CONFLICT}. */
    synchronized long save(UUID tenant, UUID id, T row, long expectedVersion, ToLong<T> versionOf) {
        Key key = new Key(tenant, id);
        T current = rows.get(key);
        if (expectedVersion == 0 && current != null) {
            throw new DomainException(ErrorCode.CONFLICT, label + " " + id + " already exists");
        }
        if (expectedVersion != 0 && (current == null || versionOf.apply(current) != expectedVersion)) {
            throw new DomainException(ErrorCode.CONFLICT,
                    label + " " + id + " was changed by someone else; reload it and apply your change again");
        }
        long next = expectedVersion + 1;
        rows.put(key, copier.apply(row, next));
        return next;
    }

    /** Rows of {@code tenant} matching {@code filter}, id descending, ids below {@code afterId}, at most {@code limit}. */
    synchronized List<T> list(UUID tenant, Predicate<T> filter, Function<T, UUID> idOf, UUID afterId, int limit) {
        return rows.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant))
                .map(Map.Entry::getValue)
                .filter(filter)
                .filter(r -> afterId == null || UNSIGNED.compare(idOf.apply(r), afterId) < 0)
                .sorted(byId(idOf).reversed())
                .limit(limit)
                .map(r -> copier.apply(r, version(r)))
                .toList();
    }

    /** All rows of {@code tenant} (copies), unordered. */
    synchronized List<T> all(UUID tenant) {
        return rows.entrySet().stream().filter(e -> e.getKey().tenant().equals(tenant))
                .map(e -> copier.apply(e.getValue(), version(e.getValue()))).toList();
    }

    /** All rows of every tenant (copies), unordered: only for the one cross-tenant read, the overdue-invoice scan. */
    synchronized List<T> everyTenant() {
        return rows.values().stream().map(r -> copier.apply(r, version(r))).toList();
    }

    private long version(T row) {
        return row instanceof AggregateRoot<?> a ? a.version() : 0;
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows = new HashMap<>((Map<Key, T>) snapshot);
    }

    /** Version accessor. */
    @FunctionalInterface
    interface ToLong<T> {
        long apply(T row);
    }
}
