package io.smbhub.application.contract;

import io.smbhub.application.port.out.AiDraftRepository;
import io.smbhub.application.port.out.AiReadModel;
import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.application.port.out.DigestRepository;
import io.smbhub.application.port.out.ExpenseRepository;
import io.smbhub.application.port.out.SopRuleRepository;

/**
 * One implementation of each persistence port of the AI features (issue 6), on the same store and transaction runner
 * as a {@link PortAdapters}, as {@link AiPortContract} suites run them. {@code expenses} is the store the read model's
 * digest figures read expenses from (fixtures write expenses through it).
 */
public record AiAdapters(AiDraftRepository drafts, AiSettingsRepository settings, SopRuleRepository sopRules,
                         DigestRepository digests, AiUsageRepository usage, AiReadModel readModel,
                         ExpenseRepository expenses) {
}
