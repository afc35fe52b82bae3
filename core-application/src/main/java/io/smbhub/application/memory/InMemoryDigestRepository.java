package io.smbhub.application.memory;

import io.smbhub.application.port.out.DigestRepository;
import io.smbhub.domain.ai.Digest;
import io.smbhub.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** {@link DigestRepository} in memory: one digest per tenant and day, a save replaces that day's. */
public final class InMemoryDigestRepository implements DigestRepository {

    private record Key(TenantId tenant, LocalDate day) {
    }

    private final InMemoryMap<Key, Digest> digests;

    public InMemoryDigestRepository(InMemoryTransactionRunner tx) {
        digests = new InMemoryMap<>(tx);
    }

    /** Errors: {@code NullPointerException} without {@code createdAt}, as the PostgreSQL adapter requires it. */
    @Override
    public void save(Digest digest) {
        Objects.requireNonNull(digest.createdAt(), "createdAt");
        digests.put(new Key(digest.tenantId(), digest.day()), digest);
    }

    @Override
    public Optional<Digest> find(TenantId tenant, LocalDate day) {
        return digests.get(new Key(tenant, day));
    }

    @Override
    public Optional<Digest> latest(TenantId tenant) {
        return digests.where(d -> d.tenantId().equals(tenant)).stream().max(Comparator.comparing(Digest::day));
    }
}
