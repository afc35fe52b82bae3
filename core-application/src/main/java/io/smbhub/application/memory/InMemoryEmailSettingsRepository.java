package io.smbhub.application.memory;

import io.smbhub.application.port.out.EmailSettingsRepository;
import io.smbhub.domain.inbox.EmailSettings;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;

/** {@link EmailSettingsRepository} in memory (no sealing: nothing is at rest). */
public final class InMemoryEmailSettingsRepository implements EmailSettingsRepository {

    private final InMemoryMap<TenantId, Stored> settings;

    public InMemoryEmailSettingsRepository(InMemoryTransactionRunner tx) {
        settings = new InMemoryMap<>(tx);
    }

    @Override
    public Optional<Stored> find(TenantId tenant) {
        return settings.get(tenant);
    }

    @Override
    public synchronized long save(TenantId tenant, EmailSettings value, long expectedVersion, Instant at) {
        long current = settings.get(tenant).map(Stored::version).orElse(0L);
        if (current != expectedVersion) {
            throw new DomainException(ErrorCode.CONFLICT, "The email settings of this business were changed by someone"
                    + " else; reload them and apply your change again");
        }
        long next = expectedVersion + 1;
        settings.put(tenant, new Stored(value, next, at));
        return next;
    }
}
