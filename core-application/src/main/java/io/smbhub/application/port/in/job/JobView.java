package io.smbhub.application.port.in.job;

import java.time.Instant;
import java.util.UUID;

/**
 * A background job as its tenant sees it (issue 5 {@code GET /v1/jobs/{id}}; spec smb-hub-prd.md 12.4):
 * {@code kind}, {@code status} (QUEUED, RUNNING, SUCCEEDED, FAILED), {@code attempts} of {@code maxAttempts},
 * progress ({@code progressDone} of {@code progressTotal}, 0/0 when the job reports none), {@code lastError}
 * (the failure reason), {@code runAt} (next attempt, UTC), times UTC.
 */
public record JobView(UUID id, String kind, String status, int attempts, int maxAttempts, int progressDone,
                      int progressTotal, String lastError, Instant runAt, Instant createdAt, Instant updatedAt) {
}
