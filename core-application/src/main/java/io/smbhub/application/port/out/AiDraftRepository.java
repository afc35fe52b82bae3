package io.smbhub.application.port.out;

import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiDraftSource;
import io.smbhub.domain.ai.AiDraftStatus;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** AI drafts of a tenant (spec smb-hub-prd.md 2.1 "AI Draft"; issue 6). Tenant-scoped: another tenant's id is not found. */
public interface AiDraftRepository {

    /** Keyset position in the QC queue: the last row's {@code createdAt} and id. */
    record Position(Instant createdAt, UUID id) {
    }

    Optional<AiDraft> findById(TenantId tenant, AiDraftId id);

    /** The draft made from this message or file, if any (at most one per source; the anti-duplicate guard). */
    Optional<AiDraft> findBySource(TenantId tenant, AiDraftSource source, UUID sourceId);

    /**
     * Inserts (version 0) or updates (only if the stored version still equals {@code draft.version()}) and returns the
     * stored version. Errors: {@code CONFLICT} when the stored version moved on, or when another draft already exists
     * for the same MESSAGE/FILE source.
     */
    long save(AiDraft draft);

    /** Oldest first ({@code createdAt} asc, id asc: a queue), strictly after {@code after}; filters optional. */
    List<AiDraft> list(TenantId tenant, AiDraftStatus status, AiIntent intent, Position after, int limit);
}
