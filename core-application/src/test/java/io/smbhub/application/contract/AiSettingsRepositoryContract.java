package io.smbhub.application.contract;

import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.application.port.out.SopRuleRepository;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.ai.AiSettings.CustomPattern;
import io.smbhub.domain.ai.SopRule;
import io.smbhub.domain.ai.SopRuleset;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link AiSettingsRepository} and {@link SopRuleRepository} (issue 6): one record per tenant, every field
 * round trips (custom redaction patterns, FREE_TEXT rules, decimal scales, rule order), optimistic versions, tenant
 * isolation.
 */
public abstract class AiSettingsRepositoryContract extends AiPortContract {

    private AiSettingsRepository settings() {
        return ai().settings();
    }

    private SopRuleRepository rules() {
        return ai().sopRules();
    }

    private static AiSettings settings(TenantId tenant, long version) {
        return new AiSettings(tenant, false, List.of(new CustomPattern("MEMBER_NO", "MBR-\\d{6}"),
                new CustomPattern("PLATE", "\\b[A-Z]{1,2} ?\\d{1,4} ?[A-Z]{0,3}\\b")), true, new BigDecimal("0.75"),
                false, "pro", version);
    }

    private static List<SopRule> ruleList() {
        return List.of(
                new SopRule("vat_11", SopRule.Type.VAT_RATE, new BigDecimal("11.0"), null, Set.of(DocumentKind.INVOICE), true),
                new SopRule("max-disc", SopRule.Type.MAX_DISCOUNT_PERCENT, new BigDecimal("15"), "No more than 15% off",
                        EnumSet.of(DocumentKind.INVOICE, DocumentKind.QUOTE), false),
                new SopRule("project_code", SopRule.Type.FREE_TEXT, null,
                        "Consulting invoices must say the project code \"PRJ-###\"", Set.of(DocumentKind.INVOICE), true),
                new SopRule("dup_30", SopRule.Type.NO_DUPLICATE_WITHIN_DAYS, new BigDecimal("30"), null, null, true),
                new SopRule("max_total", SopRule.Type.MAX_TOTAL, new BigDecimal("50000000.00"), null,
                        Set.of(DocumentKind.QUOTE), true));
    }

    @Test
    void aTenantThatSavedNothingHasNoSettingsAndNoRules() {
        TenantId tenant = newTenant();

        assertThat(in(tenant, () -> settings().find(tenant))).isEmpty();
        assertThat(in(tenant, () -> rules().find(tenant))).isEmpty();
    }

    @Test
    void settingsRoundTripWithCustomPatternsAtVersionOne() {
        TenantId tenant = newTenant();

        long version = in(tenant, () -> settings().save(settings(tenant, 0)));
        AiSettings loaded = in(tenant, () -> settings().find(tenant)).orElseThrow();

        assertThat(version).isEqualTo(1);
        assertThat(loaded).isEqualTo(settings(tenant, 1));
        assertThat(loaded.customPatterns()).extracting(CustomPattern::regex)
                .containsExactly("MBR-\\d{6}", "\\b[A-Z]{1,2} ?\\d{1,4} ?[A-Z]{0,3}\\b");
        assertThat(loaded.autoApplyThreshold()).hasToString("0.75");
    }

    @Test
    void defaultSettingsRoundTrip() {
        TenantId tenant = newTenant();

        in(tenant, () -> settings().save(AiSettings.defaults(tenant, "starter")));

        AiSettings loaded = in(tenant, () -> settings().find(tenant)).orElseThrow();
        assertThat(loaded).isEqualTo(new AiSettings(tenant, true, List.of(), false, new BigDecimal("0.90"), true,
                "starter", 1));
    }

    @Test
    void updatingSettingsBumpsTheVersionAndAStaleCopyIsAConflict() {
        TenantId tenant = newTenant();
        in(tenant, () -> settings().save(AiSettings.defaults(tenant, "starter")));
        AiSettings v1 = in(tenant, () -> settings().find(tenant)).orElseThrow();

        long version = in(tenant, () -> settings().save(settings(tenant, v1.version())));
        var stale = assertConflict(() -> in(tenant, () -> settings().save(AiSettings.defaults(tenant, "free"))));
        var staleUpdate = assertConflict(() -> in(tenant, () -> settings().save(v1)));

        assertThat(version).isEqualTo(2);
        assertThat(stale.getMessage()).contains("changed by someone else");
        assertThat(staleUpdate.getMessage()).contains("changed by someone else");
        assertThat(in(tenant, () -> settings().find(tenant))).contains(settings(tenant, 2));
    }

    @Test
    void aRulesetRoundTripsInOrderWithFreeTextRulesAndDecimalScales() {
        TenantId tenant = newTenant();

        long version = in(tenant, () -> rules().save(new SopRuleset(tenant, ruleList(), 0)));
        SopRuleset loaded = in(tenant, () -> rules().find(tenant)).orElseThrow();

        assertThat(version).isEqualTo(1);
        assertThat(loaded).isEqualTo(new SopRuleset(tenant, ruleList(), 1));
        assertThat(loaded.rules()).extracting(SopRule::code)
                .containsExactly("vat_11", "max-disc", "project_code", "dup_30", "max_total");
        assertThat(loaded.rules().get(0).value()).hasToString("11.0");
        assertThat(loaded.rules().get(2).value()).isNull();
        assertThat(loaded.rules().get(2).text()).isEqualTo("Consulting invoices must say the project code \"PRJ-###\"");
        assertThat(loaded.rules().get(1).enabled()).isFalse();
        assertThat(loaded.rules().get(3).appliesTo()).containsExactlyInAnyOrder(DocumentKind.INVOICE, DocumentKind.QUOTE);
    }

    @Test
    void replacingTheRulesetStoresItWholeAndAStaleCopyIsAConflict() {
        TenantId tenant = newTenant();
        in(tenant, () -> rules().save(new SopRuleset(tenant, ruleList(), 0)));
        List<SopRule> one = List.of(ruleList().get(2));

        long version = in(tenant, () -> rules().save(new SopRuleset(tenant, one, 1)));
        var stale = assertConflict(() -> in(tenant, () -> rules().save(new SopRuleset(tenant, List.of(), 1))));
        var insertAgain = assertConflict(() -> in(tenant, () -> rules().save(new SopRuleset(tenant, List.of(), 0))));

        assertThat(version).isEqualTo(2);
        assertThat(stale.getMessage()).contains("changed by someone else");
        assertThat(insertAgain.getMessage()).contains("changed by someone else");
        assertThat(in(tenant, () -> rules().find(tenant))).contains(new SopRuleset(tenant, one, 2));

        long emptied = in(tenant, () -> rules().save(new SopRuleset(tenant, List.of(), 2)));
        assertThat(emptied).isEqualTo(3);
        assertThat(in(tenant, () -> rules().find(tenant))).contains(new SopRuleset(tenant, List.of(), 3));
    }

    @Test
    void anotherTenantsSettingsAndRulesAreNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        in(owner, () -> settings().save(settings(owner, 0)));
        in(owner, () -> rules().save(new SopRuleset(owner, ruleList(), 0)));

        assertThat(in(other, () -> settings().find(other))).isEmpty();
        assertThat(in(other, () -> rules().find(other))).isEmpty();
        assertThat(in(other, () -> settings().save(AiSettings.defaults(other, "free")))).isEqualTo(1);
        assertThat(in(owner, () -> settings().find(owner))).contains(settings(owner, 1));
    }

    @Test
    void aRolledBackSaveLeavesNothing() {
        TenantId tenant = newTenant();

        runAndRollBack(tenant, () -> {
            settings().save(settings(tenant, 0));
            rules().save(new SopRuleset(tenant, ruleList(), 0));
        });

        assertThat(in(tenant, () -> settings().find(tenant))).isEmpty();
        assertThat(in(tenant, () -> rules().find(tenant))).isEmpty();
    }
}
