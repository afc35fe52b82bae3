package io.smbhub.adapter.rest.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.ai.AiDraftView;
import io.smbhub.domain.shared.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An AI draft in responses (spec smb-hub-prd.md 2.1 "AI Draft", 3.14, 10.5.2; issue 6): what the text should become
 * ({@code intent}), the extracted fields ({@code payload}, snake_case keys: title, description, contact_name,
 * contact_email, contact_phone, contact_id, currency, line_items[{description, quantity, unit_price}], amount,
 * due_date, date, vendor, category, priority, invoice_number), the extractor's {@code confidence} (0.00–1.00), the QC
 * {@code status}, its source, review and, once applied, the object created ({@code target_type}/{@code target_id}).
 * Times UTC.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AiDraft")
public record AiDraftDto(UUID id,
                         @Schema(allowableValues = {"CREATE_WORK_ITEM", "DRAFT_QUOTE", "DRAFT_INVOICE", "DRAFT_EXPENSE",
                                 "DRAFT_AR_MESSAGE"}) String intent,
                         @Schema(description = "The draft fields (snake_case keys; amounts are decimal numbers in major "
                                 + "units of currency, dates yyyy-MM-dd)") Map<String, Object> payload,
                         @Schema(description = "0.00–1.00", example = "0.62") BigDecimal confidence,
                         @Schema(allowableValues = {"HIGH", "MEDIUM", "LOW"}) String confidenceLevel,
                         @Schema(description = "rules (the offline extractor) or the model id", example = "rules") String extractor,
                         @Schema(allowableValues = {"PENDING_QC", "APPROVED", "REJECTED", "APPLIED"}) String status,
                         @Schema(allowableValues = {"MESSAGE", "FILE", "MANUAL"}) String sourceType,
                         @Nullable UUID sourceId,
                         @Nullable @Schema(description = "The text that was parsed") String sourceText,
                         @Nullable UUID reviewedBy, @Nullable String reviewNotes,
                         @Schema(description = "The intent or payload was changed by a reviewer") boolean edited,
                         @Nullable @Schema(allowableValues = {"work_item", "quote", "invoice", "expense"}) String targetType,
                         @Nullable UUID targetId, @Nullable UUID createdBy, Instant createdAt, Instant updatedAt,
                         long version) {

    public static AiDraftDto of(AiDraftView v) {
        return new AiDraftDto(v.id(), v.intent(), v.payload() == null ? Map.of() : v.payload(), v.confidence(),
                v.confidenceLevel(), v.extractor(), v.status(), v.sourceType(), v.sourceId(), v.sourceText(),
                uuid(v.reviewedBy()), v.reviewNotes(), v.edited(), v.targetType(), v.targetId(), uuid(v.createdBy()),
                v.createdAt(), v.updatedAt(), v.version());
    }

    @Nullable
    private static UUID uuid(@Nullable UserId user) {
        return user == null ? null : user.value();
    }

    /** Body of POST /v1/ai/drafts as JSON: the text to parse, or a stored file (file_id wins when both are sent). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "AiParseRequest")
    public record ParseRequest(@Nullable @Schema(description = "Pasted text, at most 20,000 characters",
            example = "Hi, please quote 3 hours of plumbing at 45 USD/hour for Dana Lee, dana@example.com") String text,
                               @Nullable @Schema(description = "A stored file with readable text (e.g. an email attachment)") UUID fileId) {
    }

    /** Body of PATCH /v1/ops/ai-drafts/{id}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "AiDraftEditRequest")
    public record EditRequest(@Nullable @Schema(description = "Refuse with 409 unless this is the current version") Long ifMatchVersion,
                              @Nullable @Schema(description = "New intent; absent: unchanged", example = "DRAFT_QUOTE") String intent,
                              @Nullable @Schema(description = "The whole new payload; absent: unchanged") Map<String, Object> payload) {
    }

    /** Body of POST /v1/ops/ai-drafts/{id}/approve and /reject. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "AiDraftReviewRequest")
    public record ReviewRequest(@Nullable Long ifMatchVersion, @Nullable @Schema(example = "Checked with the customer") String notes) {
    }

    /** Body of POST /v1/ops/ai-drafts/{id}/apply: optional last edits, then apply. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "AiDraftApplyRequest")
    public record ApplyRequest(@Nullable Long ifMatchVersion, @Nullable String intent,
                               @Nullable Map<String, Object> payload, @Nullable String notes) {
    }
}
