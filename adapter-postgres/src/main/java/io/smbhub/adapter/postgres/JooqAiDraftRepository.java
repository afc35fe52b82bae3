package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.AiDrafts;
import io.smbhub.application.port.out.AiDraftRepository;
import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiDraftSource;
import io.smbhub.domain.ai.AiDraftStatus;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.AppliedTarget;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AiDraftRepository} on PostgreSQL ({@code ai_drafts}, row-level security; V7). The partial unique index
 * {@code ai_drafts_source_key} allows one draft per source message or file: saving a second is a {@code CONFLICT}
 * naming the draft that exists. The extracted fields are stored in {@code payload} ({@link AiJson}). The QC queue is
 * served oldest first by keyset on {@code (created_at, id)}.
 */
public final class JooqAiDraftRepository implements AiDraftRepository {

    private final JdbcTransactionRunner tx;

    public JooqAiDraftRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<AiDraft> findById(TenantId tenant, AiDraftId id) {
        return tx.dsl().select(AiDrafts.ALL).from(AiDrafts.TABLE)
                .where(AiDrafts.TENANT_ID.eq(tenant.value()), AiDrafts.ID.eq(id.value()))
                .fetchOptional().map(JooqAiDraftRepository::toDraft);
    }

    @Override
    public Optional<AiDraft> findBySource(TenantId tenant, AiDraftSource source, UUID sourceId) {
        if (sourceId == null) {
            return Optional.empty();
        }
        return tx.dsl().select(AiDrafts.ALL).from(AiDrafts.TABLE)
                .where(AiDrafts.TENANT_ID.eq(tenant.value()), AiDrafts.SOURCE_TYPE.eq(source.name()),
                        AiDrafts.SOURCE_ID.eq(sourceId))
                .fetchOptional().map(JooqAiDraftRepository::toDraft);
    }

    @Override
    public long save(AiDraft draft) {
        return SqlSupport.saveVersioned(tx.dsl(), AiDrafts.TABLE, AiDrafts.TENANT_ID, AiDrafts.ID, AiDrafts.VERSION,
                draft.tenantId().value(), draft.id().value(), draft.version(), values(draft), "AI draft " + draft.id(),
                () -> duplicateMessage(draft));
    }

    @Override
    public List<AiDraft> list(TenantId tenant, AiDraftStatus status, AiIntent intent, Position after, int limit) {
        Condition where = AiDrafts.TENANT_ID.eq(tenant.value());
        if (status != null) {
            where = where.and(AiDrafts.STATUS.eq(status.name()));
        }
        if (intent != null) {
            where = where.and(AiDrafts.INTENT.eq(intent.name()));
        }
        if (after != null) {
            where = where.and(DSL.row(AiDrafts.CREATED_AT, AiDrafts.ID).gt(SqlSupport.micros(after.createdAt()), after.id()));
        }
        return tx.dsl().select(AiDrafts.ALL).from(AiDrafts.TABLE).where(where)
                .orderBy(AiDrafts.CREATED_AT, AiDrafts.ID)
                .limit(limit)
                .fetch(JooqAiDraftRepository::toDraft);
    }

    private String duplicateMessage(AiDraft draft) {
        boolean idTaken = tx.dsl().fetchExists(AiDrafts.TABLE,
                AiDrafts.TENANT_ID.eq(draft.tenantId().value()).and(AiDrafts.ID.eq(draft.id().value())));
        if (idTaken || draft.sourceId() == null) {
            return "AI draft " + draft.id() + " already exists";
        }
        return findBySource(draft.tenantId(), draft.source(), draft.sourceId())
                .map(existing -> sourceTaken(draft, existing.id()))
                .orElse("AI draft " + draft.id() + " conflicts with an existing draft");
    }

    /** The CONFLICT message when {@code existing} was already made from the source of {@code draft}. */
    static String sourceTaken(AiDraft draft, AiDraftId existing) {
        return "An AI draft (" + existing.value() + ") was already made from " + draft.source() + " "
                + draft.sourceId() + "; review that draft instead of parsing the same " + draft.source() + " again";
    }

    private static Map<Field<?>, Object> values(AiDraft d) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(AiDrafts.SOURCE_TYPE, d.source().name());
        v.put(AiDrafts.SOURCE_ID, d.sourceId());
        v.put(AiDrafts.SOURCE_TEXT, d.sourceText());
        v.put(AiDrafts.INTENT, d.intent().name());
        v.put(AiDrafts.PAYLOAD, AiJson.payload(d.fields()));
        v.put(AiDrafts.CONFIDENCE, d.confidence());
        v.put(AiDrafts.EXTRACTOR, d.extractor());
        v.put(AiDrafts.STATUS, d.status().name());
        v.put(AiDrafts.REVIEWED_BY, d.reviewedBy() == null ? null : d.reviewedBy().value());
        v.put(AiDrafts.REVIEW_NOTES, d.reviewNotes());
        v.put(AiDrafts.TARGET_TYPE, d.appliedTarget().map(AppliedTarget::type).orElse(null));
        v.put(AiDrafts.TARGET_ID, d.appliedTarget().map(AppliedTarget::id).orElse(null));
        v.put(AiDrafts.EDITED, d.edited());
        v.put(AiDrafts.CREATED_BY, d.createdBy() == null ? null : d.createdBy().value());
        v.put(AiDrafts.CREATED_AT, SqlSupport.micros(d.createdAt()));
        v.put(AiDrafts.UPDATED_AT, SqlSupport.micros(d.updatedAt()));
        return v;
    }

    private static AiDraft toDraft(Record r) {
        UUID reviewedBy = r.get(AiDrafts.REVIEWED_BY);
        UUID createdBy = r.get(AiDrafts.CREATED_BY);
        UUID targetId = r.get(AiDrafts.TARGET_ID);
        return AiDraft.rehydrate(new AiDraftId(r.get(AiDrafts.ID)), new TenantId(r.get(AiDrafts.TENANT_ID)),
                AiDraftSource.valueOf(r.get(AiDrafts.SOURCE_TYPE)), r.get(AiDrafts.SOURCE_ID), r.get(AiDrafts.SOURCE_TEXT),
                AiIntent.valueOf(r.get(AiDrafts.INTENT)), AiJson.payload(r.get(AiDrafts.PAYLOAD)),
                r.get(AiDrafts.CONFIDENCE), r.get(AiDrafts.EXTRACTOR), AiDraftStatus.valueOf(r.get(AiDrafts.STATUS)),
                reviewedBy == null ? null : new UserId(reviewedBy), r.get(AiDrafts.REVIEW_NOTES),
                targetId == null ? null : new AppliedTarget(r.get(AiDrafts.TARGET_TYPE), targetId),
                r.get(AiDrafts.EDITED), createdBy == null ? null : new UserId(createdBy),
                r.get(AiDrafts.CREATED_AT), r.get(AiDrafts.UPDATED_AT), r.get(AiDrafts.VERSION));
    }
}
