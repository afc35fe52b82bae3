package io.smbhub.application.port.out;

import io.smbhub.domain.ai.SopRuleset;
import io.smbhub.domain.shared.TenantId;

import java.util.Optional;

/** A tenant's SOP ruleset for the pre-check (issue 6); one per tenant, stored whole. */
public interface SopRuleRepository {

    /** The stored ruleset, or empty when the tenant never saved one. */
    Optional<SopRuleset> find(TenantId tenant);

    /**
     * Inserts ({@code version} 0) or replaces (only if the stored version still equals it) and returns the new version.
     * Errors: {@code CONFLICT} when the stored version moved on.
     */
    long save(SopRuleset rules);
}
