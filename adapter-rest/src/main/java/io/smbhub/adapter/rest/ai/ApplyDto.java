package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * The outcome of applying an AI draft (issue 6): the draft (APPLIED), the object it created — {@code target_type}
 * {@code work_item}, {@code quote}, {@code invoice} or {@code expense} with {@code target_id} (read it at
 * {@code /v1/work-items/{id}}, {@code /v1/quotes/{id}} …) — and {@code already_applied}: true when the draft had been
 * applied before and nothing new was created.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AiDraftApplied")
public record ApplyDto(AiDraftDto draft,
                       @Schema(allowableValues = {"work_item", "quote", "invoice", "expense"}) String targetType,
                       UUID targetId, boolean alreadyApplied) {
}
