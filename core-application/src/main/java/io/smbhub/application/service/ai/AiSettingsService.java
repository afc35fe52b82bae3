package io.smbhub.application.service.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.AiSettingsUseCase;
import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.application.port.out.SopRuleRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.ai.SopRule;
import io.smbhub.domain.ai.SopRuleset;
import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.tenant.Permission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A tenant's AI settings and SOP ruleset ({@link AiSettingsUseCase}; issue 6). Audited on entity {@code tenant}. */
public final class AiSettingsService implements AiSettingsUseCase {

    /** The audit event of a settings or ruleset change. */
    record Changed(String action, Instant occurredAt) implements DomainEvent {
    }

    private final AiSettingsRepository settings;
    private final SopRuleRepository rules;
    private final AiBudget budget;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public AiSettingsService(AiSettingsRepository settings, SopRuleRepository rules, AiBudget budget, TransactionRunner tx,
                             TimeSource clock, Auditor auditor) {
        this.settings = settings;
        this.rules = rules;
        this.budget = budget;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public AiSettings settings(Actor actor) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        return tx.inTenant(actor.tenantId(), () -> budget.settings(actor.tenantId()));
    }

    @Override
    public AiSettings updateSettings(Actor actor, Long expectedVersion, Boolean redactionEnabled,
                                     List<AiSettings.CustomPattern> customPatterns, Boolean autoApplyEnabled,
                                     BigDecimal autoApplyThreshold, Boolean digestEnabled) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        return tx.inTenant(actor.tenantId(), () -> {
            AiSettings old = budget.settings(actor.tenantId());
            Versions.requireExpected("AI settings", expectedVersion, old.version());
            AiSettings changed = new AiSettings(actor.tenantId(),
                    redactionEnabled == null ? old.redactionEnabled() : redactionEnabled,
                    customPatterns == null ? old.customPatterns() : customPatterns,
                    autoApplyEnabled == null ? old.autoApplyEnabled() : autoApplyEnabled,
                    autoApplyThreshold == null ? old.autoApplyThreshold() : autoApplyThreshold,
                    digestEnabled == null ? old.digestEnabled() : digestEnabled, old.plan(), old.version());
            long version = settings.save(changed);
            AiSettings stored = withVersion(changed, version);
            auditor.record(actor, "tenant", actor.tenantId().value(), old, stored,
                    List.of(new Changed("ai_settings.updated", clock.now())));
            return stored;
        });
    }

    @Override
    public SopRuleset sopRules(Actor actor) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        return tx.inTenant(actor.tenantId(), () -> rules.find(actor.tenantId()).orElse(SopRuleset.empty(actor.tenantId())));
    }

    @Override
    public SopRuleset replaceSopRules(Actor actor, Long expectedVersion, List<SopRule> newRules) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        return tx.inTenant(actor.tenantId(), () -> {
            SopRuleset old = rules.find(actor.tenantId()).orElse(SopRuleset.empty(actor.tenantId()));
            Versions.requireExpected("SOP rules", expectedVersion, old.version());
            SopRuleset changed = new SopRuleset(actor.tenantId(), newRules, old.version());
            long version = rules.save(changed);
            SopRuleset stored = new SopRuleset(actor.tenantId(), changed.rules(), version);
            auditor.record(actor, "tenant", actor.tenantId().value(), old, stored,
                    List.of(new Changed("sop_rules.updated", clock.now())));
            return stored;
        });
    }

    static AiSettings withVersion(AiSettings s, long version) {
        return new AiSettings(s.tenantId(), s.redactionEnabled(), s.customPatterns(), s.autoApplyEnabled(),
                s.autoApplyThreshold(), s.digestEnabled(), s.plan(), version);
    }
}
