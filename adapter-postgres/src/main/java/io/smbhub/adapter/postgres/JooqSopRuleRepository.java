package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.SopRules;
import io.smbhub.application.port.out.SopRuleRepository;
import io.smbhub.domain.ai.SopRuleset;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SopRuleRepository} on PostgreSQL ({@code sop_rules}, one row per tenant holding the whole ruleset as a jsonb
 * array in rule order, row-level security; V7; format in {@link AiJson}). {@code updated_at} is the transaction's
 * time ({@code now()}).
 */
public final class JooqSopRuleRepository implements SopRuleRepository {

    private static final String LABEL = "The SOP rules of this business";
    private static final String STALE = LABEL + " were changed by someone else; reload them and apply your change again";
    private static final Field<Instant> NOW = DSL.field("now()", SQLDataType.INSTANT);

    private final JdbcTransactionRunner tx;

    public JooqSopRuleRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<SopRuleset> find(TenantId tenant) {
        return tx.dsl().select(SopRules.RULES, SopRules.VERSION).from(SopRules.TABLE)
                .where(SopRules.TENANT_ID.eq(tenant.value()))
                .fetchOptional(r -> new SopRuleset(tenant, AiJson.rules(r.get(SopRules.RULES)), r.get(SopRules.VERSION)));
    }

    @Override
    public long save(SopRuleset rules) {
        UUID tenant = rules.tenantId().value();
        long version = rules.version();
        int changed = version == 0
                ? SqlSupport.write(LABEL, () -> tx.dsl().insertInto(SopRules.TABLE)
                        .set(SopRules.TENANT_ID, tenant)
                        .set(SopRules.RULES, AiJson.rules(rules.rules()))
                        .set(SopRules.UPDATED_AT, NOW)
                        .set(SopRules.VERSION, 1L)
                        .onConflictDoNothing()
                        .execute())
                : SqlSupport.write(LABEL, () -> tx.dsl().update(SopRules.TABLE)
                        .set(SopRules.RULES, AiJson.rules(rules.rules()))
                        .set(SopRules.UPDATED_AT, NOW)
                        .set(SopRules.VERSION, version + 1)
                        .where(SopRules.TENANT_ID.eq(tenant), SopRules.VERSION.eq(version))
                        .execute());
        if (changed == 0) {
            throw new DomainException(ErrorCode.CONFLICT, STALE);
        }
        return version + 1;
    }
}
