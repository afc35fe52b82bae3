package io.smbhub.domain.ai;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.Validation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's SOP ruleset for the pre-check (issue 6): at most 50 {@link SopRule}s with unique codes; {@code version}
 * is the optimistic-concurrency version (0 = never stored; a tenant that stored none has an empty ruleset).
 */
public record SopRuleset(TenantId tenantId, List<SopRule> rules, long version) {

    /** Errors: {@code VALIDATION_ERROR} on {@code rules} (too many, duplicate code). */
    public SopRuleset {
        Objects.requireNonNull(tenantId, "tenantId");
        rules = rules == null ? List.of() : List.copyOf(rules);
        Validation v = new Validation().check(rules.size() > 50, "rules", "At most 50 rules");
        Set<String> codes = new HashSet<>();
        for (SopRule rule : rules) {
            v.check(!codes.add(rule.code()), "rules", "Rule code " + rule.code() + " is used twice");
        }
        v.throwIfAny("SOP ruleset is invalid");
    }

    public static SopRuleset empty(TenantId tenant) {
        return new SopRuleset(tenant, List.of(), 0);
    }
}
