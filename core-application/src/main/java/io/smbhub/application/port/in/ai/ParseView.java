package io.smbhub.application.port.in.ai;

import java.util.UUID;

/**
 * The answer to a Text-to-Task request (issue 6): the {@code draftId} the draft has (or will have), the background
 * {@code jobId} that makes it (follow its progress at {@code GET /v1/jobs/{id}}), {@code status} QUEUED, RUNNING,
 * SUCCEEDED or FAILED, and the {@code draft} once it exists (null while the job runs). A second parse of the same
 * message or file answers the existing draft ({@code existing} true).
 */
public record ParseView(UUID draftId, UUID jobId, String status, boolean existing, AiDraftView draft) {
}
