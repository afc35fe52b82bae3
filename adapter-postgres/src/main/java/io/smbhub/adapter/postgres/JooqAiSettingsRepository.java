package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.AiSettingsRows;
import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AiSettingsRepository} on PostgreSQL ({@code ai_settings}, one row per tenant, row-level security; V7). Custom
 * redaction patterns are stored as jsonb ({@link AiJson}); {@code updated_at} is the transaction's time
 * ({@code now()}), kept for operators only (the settings carry no time).
 */
public final class JooqAiSettingsRepository implements AiSettingsRepository {

    private static final String LABEL = "The AI settings of this business";
    private static final String STALE = LABEL + " were changed by someone else; reload them and apply your change again";
    private static final Field<Instant> NOW = DSL.field("now()", SQLDataType.INSTANT);

    private final JdbcTransactionRunner tx;

    public JooqAiSettingsRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<AiSettings> find(TenantId tenant) {
        return tx.dsl().select(AiSettingsRows.ALL).from(AiSettingsRows.TABLE)
                .where(AiSettingsRows.TENANT_ID.eq(tenant.value()))
                .fetchOptional().map(JooqAiSettingsRepository::toSettings);
    }

    @Override
    public long save(AiSettings settings) {
        UUID tenant = settings.tenantId().value();
        long version = settings.version();
        int changed = version == 0
                ? SqlSupport.write(LABEL, () -> tx.dsl().insertInto(AiSettingsRows.TABLE)
                        .set(AiSettingsRows.TENANT_ID, tenant)
                        .set(values(settings))
                        .set(AiSettingsRows.VERSION, 1L)
                        .onConflictDoNothing()
                        .execute())
                : SqlSupport.write(LABEL, () -> tx.dsl().update(AiSettingsRows.TABLE)
                        .set(values(settings))
                        .set(AiSettingsRows.VERSION, version + 1)
                        .where(AiSettingsRows.TENANT_ID.eq(tenant), AiSettingsRows.VERSION.eq(version))
                        .execute());
        if (changed == 0) {
            throw new DomainException(ErrorCode.CONFLICT, STALE);
        }
        return version + 1;
    }

    private static Map<Field<?>, Object> values(AiSettings s) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(AiSettingsRows.REDACTION_ENABLED, s.redactionEnabled());
        v.put(AiSettingsRows.CUSTOM_PATTERNS, AiJson.customPatterns(s.customPatterns()));
        v.put(AiSettingsRows.AUTO_APPLY_ENABLED, s.autoApplyEnabled());
        v.put(AiSettingsRows.AUTO_APPLY_THRESHOLD, s.autoApplyThreshold());
        v.put(AiSettingsRows.DIGEST_ENABLED, s.digestEnabled());
        v.put(AiSettingsRows.PLAN, s.plan());
        v.put(AiSettingsRows.UPDATED_AT, NOW);
        return v;
    }

    private static AiSettings toSettings(Record r) {
        return new AiSettings(new TenantId(r.get(AiSettingsRows.TENANT_ID)), r.get(AiSettingsRows.REDACTION_ENABLED),
                AiJson.customPatterns(r.get(AiSettingsRows.CUSTOM_PATTERNS)), r.get(AiSettingsRows.AUTO_APPLY_ENABLED),
                r.get(AiSettingsRows.AUTO_APPLY_THRESHOLD), r.get(AiSettingsRows.DIGEST_ENABLED),
                r.get(AiSettingsRows.PLAN), r.get(AiSettingsRows.VERSION));
    }
}
