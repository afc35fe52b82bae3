package io.smbhub.application.port.in.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.ai.SopRule;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tenant's AI settings and SOP ruleset (issue 6). Reading needs {@code DOCUMENTS_READ}; changing
 * {@code MANAGE_SETTINGS}. Changes are audited ({@code ai_settings.updated}, {@code sop_rules.updated}). The plan is
 * not changed here (platform admins do that). Errors: {@code FORBIDDEN}, {@code VALIDATION_ERROR}, {@code CONFLICT}
 * (stale {@code expectedVersion}).
 */
public interface AiSettingsUseCase {

    AiSettings settings(Actor actor);

    /** Changes the given fields (null = unchanged). */
    AiSettings updateSettings(Actor actor, Long expectedVersion, Boolean redactionEnabled,
                              List<AiSettings.CustomPattern> customPatterns, Boolean autoApplyEnabled,
                              BigDecimal autoApplyThreshold, Boolean digestEnabled);

    /** The ruleset (empty with version 0 when never saved). */
    io.smbhub.domain.ai.SopRuleset sopRules(Actor actor);

    /** Replaces the whole ruleset. */
    io.smbhub.domain.ai.SopRuleset replaceSopRules(Actor actor, Long expectedVersion, List<SopRule> rules);
}
