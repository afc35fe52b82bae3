package io.smbhub.application.port.in.ai;

import io.smbhub.domain.shared.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An AI draft as the QC queue shows it (spec smb-hub-prd.md 2.1 "AI Draft", 3.14, 10.5.2): {@code intent}
 * (CREATE_WORK_ITEM, DRAFT_QUOTE, DRAFT_INVOICE, DRAFT_EXPENSE, DRAFT_AR_MESSAGE), {@code payload} (the draft fields,
 * snake_case keys, see {@code DraftFields}), {@code confidence} 0.00–1.00 and its {@code confidenceLevel} (HIGH, MEDIUM,
 * LOW), {@code extractor} ({@code rules} or the model id), {@code status} (PENDING_QC, APPROVED, REJECTED, APPLIED),
 * the source ({@code sourceType} MESSAGE/FILE/MANUAL, {@code sourceId}, {@code sourceText} — the text parsed),
 * review ({@code reviewedBy}, {@code reviewNotes}, {@code edited}), and once applied {@code targetType}
 * ({@code work_item}, {@code quote}, {@code invoice}, {@code expense}) and {@code targetId}. Times UTC.
 */
public record AiDraftView(UUID id, String intent, Map<String, Object> payload, BigDecimal confidence,
                          String confidenceLevel, String extractor, String status, String sourceType, UUID sourceId,
                          String sourceText, UserId reviewedBy, String reviewNotes, boolean edited, String targetType,
                          UUID targetId, UserId createdBy, Instant createdAt, Instant updatedAt, long version) {
}
