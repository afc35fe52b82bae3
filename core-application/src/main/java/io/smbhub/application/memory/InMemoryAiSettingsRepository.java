package io.smbhub.application.memory;

import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;

import java.util.Optional;

/** {@link AiSettingsRepository} in memory: one settings record per tenant, optimistic versions. */
public final class InMemoryAiSettingsRepository implements AiSettingsRepository {

    private final InMemoryMap<TenantId, AiSettings> settings;

    public InMemoryAiSettingsRepository(InMemoryTransactionRunner tx) {
        settings = new InMemoryMap<>(tx);
    }

    @Override
    public Optional<AiSettings> find(TenantId tenant) {
        return settings.get(tenant);
    }

    @Override
    public synchronized long save(AiSettings s) {
        long current = settings.get(s.tenantId()).map(AiSettings::version).orElse(0L);
        if (current != s.version()) {
            throw new DomainException(ErrorCode.CONFLICT, "The AI settings of this business were changed by someone"
                    + " else; reload them and apply your change again");
        }
        long next = s.version() + 1;
        settings.put(s.tenantId(), new AiSettings(s.tenantId(), s.redactionEnabled(), s.customPatterns(),
                s.autoApplyEnabled(), s.autoApplyThreshold(), s.digestEnabled(), s.plan(), next));
        return next;
    }
}
