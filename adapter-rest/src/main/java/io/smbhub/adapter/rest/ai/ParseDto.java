package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.ai.ParseView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * The answer to a Text-to-Task request (issue 6): the {@code draft_id} the draft has or will have, the
 * {@code AI_PARSE} job making it ({@code GET /v1/jobs/{job_id}} shows its progress; null when the draft was made
 * earlier), the job's {@code status}, {@code existing} (this message or file was parsed before), and the
 * {@code draft} once it exists.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AiParse")
public record ParseDto(UUID draftId, @Nullable UUID jobId,
                       @Schema(allowableValues = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED"}) String status,
                       boolean existing, @Nullable AiDraftDto draft) {

    public static ParseDto of(ParseView v) {
        return new ParseDto(v.draftId(), v.jobId(), v.status(), v.existing(), v.draft() == null ? null : AiDraftDto.of(v.draft()));
    }
}
