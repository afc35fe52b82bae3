package io.smbhub.application.memory;

import io.smbhub.application.port.out.DocumentNumberAllocator;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;

/** {@link DocumentNumberAllocator} in memory; a rolled-back transaction returns its numbers. */
public final class InMemoryDocumentNumberAllocator implements DocumentNumberAllocator {

    private record Key(TenantId tenant, DocumentKind kind) {
    }

    private final InMemoryMap<Key, Long> last;

    public InMemoryDocumentNumberAllocator(InMemoryTransactionRunner tx) {
        last = new InMemoryMap<>(tx);
    }

    @Override
    public synchronized long next(TenantId tenant, DocumentKind kind) {
        Key key = new Key(tenant, kind);
        long next = last.get(key).orElse(0L) + 1;
        last.put(key, next);
        return next;
    }
}
