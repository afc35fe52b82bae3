package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.domain.ai.AiSettings;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tenant's AI settings in responses (issue 6): PII {@code redaction_enabled} (on by default) and its extra
 * {@code custom_patterns}; auto-apply of model drafts at or above {@code auto_apply_threshold} (0.50–1.00, off by
 * default); the daily {@code digest_enabled}; the {@code plan} whose monthly AI budget applies (read-only here:
 * a platform admin changes it); {@code version} for {@code if_match_version}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AiSettings")
public record AiSettingsDto(boolean redactionEnabled, List<PatternDto> customPatterns, boolean autoApplyEnabled,
                            @Schema(example = "0.90") BigDecimal autoApplyThreshold, boolean digestEnabled,
                            @Schema(example = "starter") String plan, long version) {

    public static AiSettingsDto of(AiSettings s) {
        return new AiSettingsDto(s.redactionEnabled(),
                s.customPatterns().stream().map(p -> new PatternDto(p.name(), p.regex())).toList(),
                s.autoApplyEnabled(), s.autoApplyThreshold(), s.digestEnabled(), s.plan(), s.version());
    }

    /** A tenant-defined thing to mask: it becomes {@code [REDACTED_<NAME>_n]} in prompts. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AiCustomPattern")
    public record PatternDto(@Schema(example = "MEMBER_NO") String name, @Schema(example = "MBR-\\d{6}") String regex) {
    }

    /** Body of PATCH /v1/settings/ai: absent fields unchanged; custom_patterns replaces the whole list. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "AiSettingsRequest")
    public record Request(@Nullable Long ifMatchVersion, @Nullable Boolean redactionEnabled,
                          @Nullable List<PatternDto> customPatterns, @Nullable Boolean autoApplyEnabled,
                          @Nullable @Schema(description = "0.50–1.00, a JSON number or a decimal string", example = "0.95")
                          BigDecimal autoApplyThreshold,
                          @Nullable Boolean digestEnabled) {
    }
}
