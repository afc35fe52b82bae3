package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.OverdueInvoiceScanContract;
import io.smbhub.application.contract.PortAdapters;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OverdueInvoiceScanContract} against PostgreSQL, plus the safety of the cross-tenant read (V6): the scan
 * function is SECURITY DEFINER with a pinned search path, not owned by the application role, executable by it and
 * by nobody else.
 */
class PostgresOverdueInvoiceScanContractTest extends OverdueInvoiceScanContract {

    private TestDatabase database;

    @Override
    protected PortAdapters createAdapters() {
        database = TestDatabases.fresh("overdue_invoice_scan");
        return PostgresPortAdapters.on(database);
    }

    @Override
    protected InboxAdapters createInbox(PortAdapters adapters) {
        return PostgresPortAdapters.inbox(adapters);
    }

    @Test
    void theScanIsASecurityDefinerWithAPinnedSearchPathExecutableOnlyByTheApplicationRole() throws SQLException {
        List<String> facts = ownerStrings("""
                select p.prosecdef || ' ' || array_to_string(p.proconfig, ',') || ' '
                       || (pg_get_userbyid(p.proowner) <> '%1$s') || ' ' || has_function_privilege('%1$s', p.oid, 'EXECUTE')
                       || ' ' || has_function_privilege('public', p.oid, 'EXECUTE')
                from pg_proc p where p.proname = 'overdue_invoice_candidates'""".formatted(PostgresMigrations.DEFAULT_APP_ROLE));

        assertThat(facts).singleElement().asString()
                .startsWith("true search_path=")
                .contains("pg_temp")
                .endsWith(" true true false");
    }

    @Test
    void theApplicationRoleStillSeesNoInvoiceWithoutATenant() {
        JdbcTransactionRunner jdbc = (JdbcTransactionRunner) tx();
        newInvoice(newTenant(), "INV-900001", null);

        int visible = jdbc.withoutTenant(() -> jdbc.dsl().fetchCount(jdbc.dsl().selectFrom("invoices")));

        assertThat(visible).isZero();
    }

    private List<String> ownerStrings(String sql) throws SQLException {
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }
}
