package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.DocumentNumberAllocatorContract;
import io.smbhub.application.contract.PortAdapters;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DocumentNumberAllocatorContract} against PostgreSQL, on a fresh database for this class. */
class PostgresDocumentNumberAllocatorContractTest extends DocumentNumberAllocatorContract {

    private TestDatabase database;

    @Override
    protected PortAdapters createAdapters() {
        database = TestDatabases.fresh("document_number_allocator");
        return PostgresPortAdapters.on(database);
    }

    @Test
    void aRolledBackFirstNumberLeavesNoSequenceRowAndALaterOneKeepsTheCommittedValue() throws SQLException {
        TenantId tenant = newTenant();

        runAndRollBack(tenant, () -> adapters().numbers().next(tenant, DocumentKind.QUOTE));

        assertThat(storedLastValue(tenant, DocumentKind.QUOTE)).isNull();
        in(tenant, () -> adapters().numbers().next(tenant, DocumentKind.QUOTE));
        runAndRollBack(tenant, () -> adapters().numbers().next(tenant, DocumentKind.QUOTE));
        assertThat(storedLastValue(tenant, DocumentKind.QUOTE)).isEqualTo(1L);
    }

    private Long storedLastValue(TenantId tenant, DocumentKind kind) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select last_value from document_sequences where tenant_id = ? and kind = ?")) {
            statement.setObject(1, tenant.value());
            statement.setString(2, kind.name());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }
}
