package io.smbhub.application.memory;

import io.smbhub.application.port.out.SopRuleRepository;
import io.smbhub.domain.ai.SopRuleset;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;

import java.util.Optional;

/** {@link SopRuleRepository} in memory: one ruleset per tenant, stored whole, optimistic versions. */
public final class InMemorySopRuleRepository implements SopRuleRepository {

    private final InMemoryMap<TenantId, SopRuleset> rulesets;

    public InMemorySopRuleRepository(InMemoryTransactionRunner tx) {
        rulesets = new InMemoryMap<>(tx);
    }

    @Override
    public Optional<SopRuleset> find(TenantId tenant) {
        return rulesets.get(tenant);
    }

    @Override
    public synchronized long save(SopRuleset rules) {
        long current = rulesets.get(rules.tenantId()).map(SopRuleset::version).orElse(0L);
        if (current != rules.version()) {
            throw new DomainException(ErrorCode.CONFLICT, "The SOP rules of this business were changed by someone"
                    + " else; reload them and apply your change again");
        }
        long next = rules.version() + 1;
        rulesets.put(rules.tenantId(), new SopRuleset(rules.tenantId(), rules.rules(), next));
        return next;
    }
}
