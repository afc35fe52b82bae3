package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.AiUsage;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link AiUsageRepository} on PostgreSQL ({@code ai_usage}, row-level security, append-only for the application
 * role; V7). Totals are aggregated in SQL; costs come back at 6 decimals. {@link #byTenant} calls the
 * {@code SECURITY DEFINER} function {@code ai_usage_by_tenant(timestamptz, timestamptz)} (V7), the only read of
 * usage across tenants the application role can make, and only of aggregates; it runs in its own transaction without
 * a tenant when none is open (and joins an open one).
 */
public final class JooqAiUsageRepository implements AiUsageRepository {

    private static final Field<Integer> CALLS = DSL.count();
    private static final Field<Long> INPUT = DSL.coalesce(DSL.sum(AiUsage.INPUT_TOKENS), BigDecimal.ZERO)
            .cast(SQLDataType.BIGINT);
    private static final Field<Long> OUTPUT = DSL.coalesce(DSL.sum(AiUsage.OUTPUT_TOKENS), BigDecimal.ZERO)
            .cast(SQLDataType.BIGINT);
    private static final Field<BigDecimal> COST = DSL.coalesce(DSL.sum(AiUsage.COST_USD), BigDecimal.ZERO);

    private final JdbcTransactionRunner tx;

    public JooqAiUsageRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void record(Usage u) {
        SqlSupport.write("AI usage " + u.id(), () -> tx.dsl().insertInto(AiUsage.TABLE)
                .set(AiUsage.TENANT_ID, u.tenant().value())
                .set(AiUsage.ID, u.id())
                .set(AiUsage.USER_ID, u.user() == null ? null : u.user().value())
                .set(AiUsage.FEATURE, u.feature().name())
                .set(AiUsage.MODEL, u.model())
                .set(AiUsage.INPUT_TOKENS, u.inputTokens())
                .set(AiUsage.OUTPUT_TOKENS, u.outputTokens())
                .set(AiUsage.COST_USD, u.costUsd())
                .set(AiUsage.CREATED_AT, SqlSupport.micros(u.at()))
                .execute());
    }

    @Override
    public Totals totals(TenantId tenant, Instant from, Instant to) {
        return tx.dsl().select(CALLS, INPUT, OUTPUT, COST).from(AiUsage.TABLE)
                .where(window(tenant, from, to))
                .fetchOne(r -> totals(r.get(CALLS), r.get(INPUT), r.get(OUTPUT), r.get(COST)));
    }

    @Override
    public Map<AiFeature, Totals> totalsByFeature(TenantId tenant, Instant from, Instant to) {
        Map<AiFeature, Totals> byFeature = new EnumMap<>(AiFeature.class);
        tx.dsl().select(AiUsage.FEATURE, CALLS, INPUT, OUTPUT, COST).from(AiUsage.TABLE)
                .where(window(tenant, from, to))
                .groupBy(AiUsage.FEATURE)
                .forEach(r -> byFeature.put(AiFeature.valueOf(r.get(AiUsage.FEATURE)),
                        totals(r.get(CALLS), r.get(INPUT), r.get(OUTPUT), r.get(COST))));
        return byFeature;
    }

    @Override
    public List<TenantTotals> byTenant(Instant from, Instant to) {
        return tx.withoutTenant(() -> tx.dsl()
                .fetch("""
                        select tenant_id, tenant_name, plan, calls, input_tokens, output_tokens, cost_usd
                        from ai_usage_by_tenant(?::timestamptz, ?::timestamptz)""",
                        SqlSupport.micros(from).toString(), SqlSupport.micros(to).toString())
                .map(r -> new TenantTotals(new TenantId(r.get(0, UUID.class)), r.get(1, String.class),
                        r.get(2, String.class), totals(r.get(3, Long.class), r.get(4, Long.class), r.get(5, Long.class),
                        r.get(6, BigDecimal.class)))));
    }

    private static Condition window(TenantId tenant, Instant from, Instant to) {
        return AiUsage.TENANT_ID.eq(tenant.value())
                .and(AiUsage.CREATED_AT.ge(SqlSupport.micros(from)))
                .and(AiUsage.CREATED_AT.lt(SqlSupport.micros(to)));
    }

    private static Totals totals(long calls, long input, long output, BigDecimal cost) {
        return new Totals(calls, input, output, cost.setScale(6, RoundingMode.HALF_UP));
    }
}
