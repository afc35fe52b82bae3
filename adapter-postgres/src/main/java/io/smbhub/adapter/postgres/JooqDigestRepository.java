package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.AiDigests;
import io.smbhub.application.port.out.DigestRepository;
import io.smbhub.domain.ai.Digest;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link DigestRepository} on PostgreSQL ({@code ai_digests}, primary key (tenant, day), row-level security; V7):
 * saving inserts, or replaces every column of the stored digest of that day ({@code ON CONFLICT DO UPDATE}). Figures
 * and insights are jsonb ({@link AiJson}). {@code createdAt} is required (the column is not null).
 */
public final class JooqDigestRepository implements DigestRepository {

    private final JdbcTransactionRunner tx;

    public JooqDigestRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void save(Digest d) {
        Objects.requireNonNull(d.createdAt(), "createdAt");
        String model = d.model();
        SqlSupport.write("The digest of " + d.day(), () -> tx.dsl().insertInto(AiDigests.TABLE)
                .set(AiDigests.TENANT_ID, d.tenantId().value())
                .set(AiDigests.DAY, d.day())
                .set(AiDigests.FIGURES, AiJson.figures(d.figures()))
                .set(AiDigests.INSIGHTS, AiJson.insights(d.insights()))
                .set(AiDigests.INSIGHTS_STATUS, d.insightsStatus().name())
                .set(AiDigests.MODEL, model)
                .set(AiDigests.CREATED_AT, SqlSupport.micros(d.createdAt()))
                .set(AiDigests.EMAILED_AT, SqlSupport.micros(d.emailedAt()))
                .onConflict(AiDigests.TENANT_ID, AiDigests.DAY)
                .doUpdate()
                .set(AiDigests.FIGURES, AiJson.figures(d.figures()))
                .set(AiDigests.INSIGHTS, AiJson.insights(d.insights()))
                .set(AiDigests.INSIGHTS_STATUS, d.insightsStatus().name())
                .set(AiDigests.MODEL, model)
                .set(AiDigests.CREATED_AT, SqlSupport.micros(d.createdAt()))
                .set(AiDigests.EMAILED_AT, SqlSupport.micros(d.emailedAt()))
                .execute());
    }

    @Override
    public Optional<Digest> find(TenantId tenant, LocalDate day) {
        return tx.dsl().select(AiDigests.ALL).from(AiDigests.TABLE)
                .where(AiDigests.TENANT_ID.eq(tenant.value()), AiDigests.DAY.eq(day))
                .fetchOptional().map(JooqDigestRepository::toDigest);
    }

    @Override
    public Optional<Digest> latest(TenantId tenant) {
        return tx.dsl().select(AiDigests.ALL).from(AiDigests.TABLE)
                .where(AiDigests.TENANT_ID.eq(tenant.value()))
                .orderBy(AiDigests.DAY.desc())
                .limit(1)
                .fetchOptional().map(JooqDigestRepository::toDigest);
    }

    private static Digest toDigest(Record r) {
        return new Digest(new TenantId(r.get(AiDigests.TENANT_ID)), r.get(AiDigests.DAY),
                AiJson.figures(r.get(AiDigests.FIGURES)), AiJson.insights(r.get(AiDigests.INSIGHTS)),
                Digest.InsightsStatus.valueOf(r.get(AiDigests.INSIGHTS_STATUS)), r.get(AiDigests.MODEL),
                r.get(AiDigests.CREATED_AT), r.get(AiDigests.EMAILED_AT));
    }
}
