package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.EmailSettingsRepositoryContract;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link EmailSettingsRepositoryContract} against PostgreSQL, plus what only the database adapter does: the SMTP
 * password is stored sealed (never as plaintext) and opens only with the same secrets key.
 */
class PostgresEmailSettingsRepositoryContractTest extends EmailSettingsRepositoryContract {

    private TestDatabase database;

    @Override
    protected PortAdapters createAdapters() {
        database = TestDatabases.fresh("email_settings_repository");
        return PostgresPortAdapters.on(database);
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return PostgresPortAdapters.inbox(adapters);
    }

    @Test
    void theSmtpPasswordIsStoredSealedNotAsPlaintext() throws SQLException {
        TenantId tenant = newTenant();
        in(tenant, () -> settings().save(tenant, full(), 0, T0));

        String stored = ownerString("select smtp_password_sealed from email_settings where tenant_id = ?", tenant);

        assertThat(stored).startsWith("v1:").doesNotContain(PASSWORD).doesNotContain("pa$$");
        assertThat(PostgresPortAdapters.SEALER.open(stored, "email_settings.smtp_password_sealed")).isEqualTo(PASSWORD);
    }

    @Test
    void anotherSecretsKeyCannotOpenTheStoredPassword() {
        TenantId tenant = newTenant();
        in(tenant, () -> settings().save(tenant, full(), 0, T0));
        byte[] otherKey = new byte[32];
        otherKey[0] = 9;
        JooqEmailSettingsRepository wrongKey = new JooqEmailSettingsRepository((JdbcTransactionRunner) tx(),
                new SecretSealer(otherKey));

        Throwable thrown = catchThrowable(() -> in(tenant, () -> wrongKey.find(tenant)));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("could not be opened");
    }

    private String ownerString(String sql, TenantId tenant) throws SQLException {
        try (Connection c = database.ownerDataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, tenant.value());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1);
            }
        }
    }
}
