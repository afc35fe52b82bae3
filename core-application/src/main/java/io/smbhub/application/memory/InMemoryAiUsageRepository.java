package io.smbhub.application.memory;

import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.Tenant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link AiUsageRepository} in memory: an append-only ledger; {@link #byTenant} lists every tenant of
 * {@code tenants} (by name, then id as PostgreSQL orders uuids) with its plan from {@code settings}.
 */
public final class InMemoryAiUsageRepository implements AiUsageRepository {

    private static final Comparator<TenantTotals> BY_NAME = Comparator.comparing(TenantTotals::tenantName)
            .thenComparing(t -> t.tenant().value(), InMemoryTable.UNSIGNED);

    private record Key(TenantId tenant, UUID id) {
    }

    private final InMemoryMap<Key, Usage> ledger;
    private final InMemoryTenantRepository tenants;
    private final AiSettingsRepository settings;

    public InMemoryAiUsageRepository(InMemoryTransactionRunner tx, InMemoryTenantRepository tenants,
                                     AiSettingsRepository settings) {
        this.ledger = new InMemoryMap<>(tx);
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void record(Usage usage) {
        if (!ledger.putIfAbsent(new Key(usage.tenant(), usage.id()), usage)) {
            throw new DomainException(ErrorCode.CONFLICT, "AI usage " + usage.id() + " is already recorded");
        }
    }

    @Override
    public Totals totals(TenantId tenant, Instant from, Instant to) {
        return sum(window(tenant, from, to));
    }

    @Override
    public Map<AiFeature, Totals> totalsByFeature(TenantId tenant, Instant from, Instant to) {
        Map<AiFeature, Totals> byFeature = new EnumMap<>(AiFeature.class);
        window(tenant, from, to).stream().collect(Collectors.groupingBy(Usage::feature))
                .forEach((feature, calls) -> byFeature.put(feature, sum(calls)));
        return byFeature;
    }

    @Override
    public List<TenantTotals> byTenant(Instant from, Instant to) {
        return tenants.all().stream()
                .map((Tenant t) -> new TenantTotals(t.id(), t.name(),
                        settings.find(t.id()).map(AiSettings::plan).orElse(null), totals(t.id(), from, to)))
                .sorted(BY_NAME)
                .toList();
    }

    private List<Usage> window(TenantId tenant, Instant from, Instant to) {
        return ledger.where(u -> u.tenant().equals(tenant) && !u.at().isBefore(from) && u.at().isBefore(to));
    }

    private static Totals sum(List<Usage> calls) {
        long input = 0;
        long output = 0;
        BigDecimal cost = BigDecimal.ZERO;
        for (Usage u : calls) {
            input += u.inputTokens();
            output += u.outputTokens();
            cost = cost.add(u.costUsd());
        }
        return new Totals(calls.size(), input, output, cost.setScale(6, RoundingMode.HALF_UP));
    }
}
