package io.smbhub.application.memory;

import io.smbhub.application.port.out.AiDraftRepository;
import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiDraftSource;
import io.smbhub.domain.ai.AiDraftStatus;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AiDraftRepository} in memory, for tests and embedders: one draft per source id and tenant (a second is a
 * {@code CONFLICT}), the QC queue oldest first by {@code (createdAt, id)} as the PostgreSQL adapter serves it.
 */
public final class InMemoryAiDraftRepository implements AiDraftRepository {

    /** Queue order: created at ascending, then id as PostgreSQL orders uuids. */
    private static final Comparator<AiDraft> QUEUE = Comparator.comparing(AiDraft::createdAt)
            .thenComparing(d -> d.id().value(), InMemoryTable.UNSIGNED);

    private final InMemoryTable<AiDraft> table;

    public InMemoryAiDraftRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "AI draft", (d, v) -> AiDraft.rehydrate(d.id(), d.tenantId(), d.source(),
                d.sourceId(), d.sourceText(), d.intent(), d.fields(), d.confidence(), d.extractor(), d.status(),
                d.reviewedBy(), d.reviewNotes(), d.appliedTarget().orElse(null), d.edited(), d.createdBy(),
                d.createdAt(), d.updatedAt(), v));
    }

    @Override
    public Optional<AiDraft> findById(TenantId tenant, AiDraftId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public Optional<AiDraft> findBySource(TenantId tenant, AiDraftSource source, UUID sourceId) {
        if (sourceId == null) {
            return Optional.empty();
        }
        return table.all(tenant.value()).stream()
                .filter(d -> d.source() == source && sourceId.equals(d.sourceId()))
                .findFirst();
    }

    @Override
    public long save(AiDraft draft) {
        boolean idTaken = table.find(draft.tenantId().value(), draft.id().value()).isPresent();
        if (draft.version() == 0 && !idTaken && draft.sourceId() != null) {
            findBySource(draft.tenantId(), draft.source(), draft.sourceId()).ifPresent(existing -> {
                throw new DomainException(ErrorCode.CONFLICT, "An AI draft (" + existing.id().value()
                        + ") was already made from " + draft.source() + " " + draft.sourceId()
                        + "; review that draft instead of parsing the same " + draft.source() + " again");
            });
        }
        return table.save(draft.tenantId().value(), draft.id().value(), draft, draft.version(), AiDraft::version);
    }

    @Override
    public List<AiDraft> list(TenantId tenant, AiDraftStatus status, AiIntent intent, Position after, int limit) {
        return table.all(tenant.value()).stream()
                .filter(d -> status == null || d.status() == status)
                .filter(d -> intent == null || d.intent() == intent)
                .filter(d -> after == null || isAfter(d, after))
                .sorted(QUEUE)
                .limit(limit)
                .toList();
    }

    private static boolean isAfter(AiDraft d, Position after) {
        int byTime = d.createdAt().compareTo(Objects.requireNonNull(after.createdAt(), "after.createdAt"));
        return byTime > 0 || byTime == 0 && InMemoryTable.UNSIGNED.compare(d.id().value(), after.id()) > 0;
    }
}
