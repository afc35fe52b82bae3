package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.domain.ai.SopRule;
import io.smbhub.domain.ai.SopRuleset;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tenant's SOP ruleset for the pre-check (issue 6): at most 50 rules with unique codes; {@code version} 0 when
 * never saved. A rule: {@code code} (its name in violations), {@code type} (VAT_RATE, MAX_DISCOUNT_PERCENT,
 * DUE_WITHIN_DAYS, NO_DUPLICATE_WITHIN_DAYS, MAX_TOTAL — with a {@code value} — or FREE_TEXT, checked by a model from
 * its {@code text}), {@code applies_to} (INVOICE and/or QUOTE; both when empty) and {@code enabled}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SopRules")
public record SopRulesDto(List<RuleDto> rules, long version) {

    public static SopRulesDto of(SopRuleset set) {
        return new SopRulesDto(set.rules().stream().map(RuleDto::of).toList(), set.version());
    }

    /** One rule; {@code value} is a number (percent, days or major currency units by type), null for FREE_TEXT. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SopRule")
    public record RuleDto(@Schema(example = "vat_11") String code, SopRule.Type type,
                          @Nullable @Schema(description = "A JSON number or a decimal string in requests", example = "11")
                          BigDecimal value,
                          @Nullable @Schema(example = "VAT must be 11% on every line") String text,
                          @Schema(allowableValues = {"INVOICE", "QUOTE"}) List<String> appliesTo,
                          @Nullable @Schema(description = "Default true in requests") Boolean enabled) {
        static RuleDto of(SopRule r) {
            return new RuleDto(r.code(), r.type(), r.value(), r.text(),
                    r.appliesTo().stream().map(Enum::name).sorted().toList(), r.enabled());
        }
    }

    /** Body of PUT /v1/settings/sop-rules: the whole new ruleset. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "SopRulesRequest")
    public record Request(@Nullable Long ifMatchVersion, List<RuleDto> rules) {
    }
}
