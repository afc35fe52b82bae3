package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.PaymentAccounts;
import io.smbhub.application.port.out.PaymentAccountRepository;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Record;

import java.util.Objects;
import java.util.Optional;

/**
 * {@link PaymentAccountRepository} on PostgreSQL ({@code payment_accounts}, row-level security): the tenant's own
 * secret key is stored only sealed by {@link SecretSealer} ({@code secret_key_sealed}).
 */
public final class JooqPaymentAccountRepository implements PaymentAccountRepository {

    private static final String PURPOSE = "payment_accounts.secret_key_sealed";

    private final JdbcTransactionRunner tx;
    private final SecretSealer sealer;

    public JooqPaymentAccountRepository(JdbcTransactionRunner tx, SecretSealer sealer) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    @Override
    public Optional<PaymentAccount> find(TenantId tenant, String provider) {
        return tx.dsl().select(PaymentAccounts.ALL).from(PaymentAccounts.TABLE)
                .where(PaymentAccounts.TENANT_ID.eq(tenant.value()), PaymentAccounts.PROVIDER.eq(provider))
                .fetchOptional().map(this::toAccount);
    }

    @Override
    public void save(PaymentAccount a) {
        String sealed = a.secretKey() == null ? null : sealer.seal(a.secretKey(), PURPOSE);
        tx.dsl().insertInto(PaymentAccounts.TABLE)
                .set(PaymentAccounts.TENANT_ID, a.tenantId().value())
                .set(PaymentAccounts.PROVIDER, a.provider())
                .set(PaymentAccounts.CONNECTED_ACCOUNT_ID, a.connectedAccountId())
                .set(PaymentAccounts.SECRET_KEY_SEALED, sealed)
                .set(PaymentAccounts.UPDATED_AT, SqlSupport.micros(a.updatedAt()))
                .onConflict(PaymentAccounts.TENANT_ID, PaymentAccounts.PROVIDER).doUpdate()
                .set(PaymentAccounts.CONNECTED_ACCOUNT_ID, a.connectedAccountId())
                .set(PaymentAccounts.SECRET_KEY_SEALED, sealed)
                .set(PaymentAccounts.UPDATED_AT, SqlSupport.micros(a.updatedAt()))
                .execute();
    }

    @Override
    public boolean delete(TenantId tenant, String provider) {
        return tx.dsl().deleteFrom(PaymentAccounts.TABLE)
                .where(PaymentAccounts.TENANT_ID.eq(tenant.value()), PaymentAccounts.PROVIDER.eq(provider))
                .execute() == 1;
    }

    private PaymentAccount toAccount(Record r) {
        String sealed = r.get(PaymentAccounts.SECRET_KEY_SEALED);
        return new PaymentAccount(new TenantId(r.get(PaymentAccounts.TENANT_ID)), r.get(PaymentAccounts.PROVIDER),
                r.get(PaymentAccounts.CONNECTED_ACCOUNT_ID), sealed == null ? null : sealer.open(sealed, PURPOSE),
                r.get(PaymentAccounts.UPDATED_AT));
    }
}
