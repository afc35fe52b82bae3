package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/**
 * What AI can do for the caller's business right now (issue 6; enterprise-business-os.md feature 15), also the
 * {@code ai} block of {@code GET /v1/profile}, so a client hides AI buttons it cannot use: {@code mode} MODEL (a
 * model answers), OFFLINE (no model configured: the rule-based extractor drafts; no insights, no free-text checks) or
 * UNAVAILABLE (the configured model is down: AI endpoints answer 503 AI_UNAVAILABLE); {@code available}: Text-to-Task
 * works now; {@code features}: text_to_task, precheck, precheck_model_pass, digest_insights → usable now;
 * {@code quota}: this month's token budget.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AiStatus")
public record AiStatusDto(@Schema(allowableValues = {"MODEL", "OFFLINE", "UNAVAILABLE"}) String mode, boolean available,
                          @Nullable @Schema(example = "gemini-2.5-flash") String model, Map<String, Boolean> features,
                          QuotaDto quota) {

    public static AiStatusDto of(AiStatusQueries.AiStatus s) {
        return new AiStatusDto(s.mode(), s.available(), s.model(), s.features() == null ? Map.of() : s.features(),
                QuotaDto.of(s.quota()));
    }

    /**
     * The business's monthly AI budget in tokens: {@code status} OK, WARNING (past {@code soft_limit}) or EXCEEDED
     * (past {@code hard_limit}: model calls answer 429 QUOTA_EXCEEDED until the next UTC month).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AiQuota")
    public record QuotaDto(@Schema(example = "starter") String plan, long tokensUsed, long softLimit, long hardLimit,
                           @Schema(allowableValues = {"OK", "WARNING", "EXCEEDED"}) String status) {
        @Nullable
        static QuotaDto of(@Nullable AiStatusQueries.Quota q) {
            return q == null ? null : new QuotaDto(q.plan(), q.tokensUsed(), q.softLimit(), q.hardLimit(), q.status());
        }
    }
}
