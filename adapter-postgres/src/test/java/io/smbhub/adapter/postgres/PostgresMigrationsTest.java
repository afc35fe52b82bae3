package io.smbhub.adapter.postgres;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresMigrationsTest {

    @Test
    void migratesAFreshDatabaseAndIsANoOpTheSecondTime() {
        try (TestDatabase database = TestDatabases.fresh("migrations")) {
            MigrateResult first = PostgresMigrations.migrate(database.ownerDataSource());
            MigrateResult second = PostgresMigrations.migrate(database.ownerDataSource());

            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isPositive();
            assertThat(second.success).isTrue();
            assertThat(second.migrationsExecuted).isZero();
            // Flyway reports no target version when nothing ran; the second run starts where the first ended.
            assertThat(second.initialSchemaVersion).isEqualTo(first.targetSchemaVersion);
        }
    }

    @Test
    void grantsTheConfiguredApplicationRoleCreatingItWhenMissing() throws SQLException {
        String role = "custom_app_" + Long.toHexString(System.nanoTime());
        try (TestDatabase database = TestDatabases.fresh("migrations_role")) {
            PostgresMigrations.migrate(database.coordinates(), role);

            try (Connection connection = database.ownerDataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                assertThat(single(statement, "select concat_ws(',', rolcanlogin, rolsuper, rolbypassrls)"
                        + " from pg_roles where rolname = '" + role + "'")).isEqualTo("t,f,f");
                assertThat(single(statement, "select has_table_privilege('" + role + "', 'invoices', 'UPDATE')"))
                        .isEqualTo("t");
                statement.execute("drop owned by " + role + "; drop role " + role);
            }
        }
    }

    @Test
    void refusesAnExistingRoleThatBypassesRowLevelSecurity() throws SQLException {
        String role = "bypassing_app_" + Long.toHexString(System.nanoTime());
        try (TestDatabase database = TestDatabases.fresh("migrations_bypass")) {
            try (Connection connection = database.ownerDataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create role " + role + " login bypassrls");
                try {
                    assertThatThrownBy(() -> PostgresMigrations.migrate(database.ownerDataSource(), role))
                            .hasMessageContaining("role " + role + " is a superuser or has BYPASSRLS");
                } finally {
                    statement.execute("drop role " + role);
                }
            }
        }
    }

    @ParameterizedTest(name = "refuses role name \"{0}\"")
    @ValueSource(strings = {"", "SmbHub", "1app", "app-role", "app; drop table invoices", "a23456789012345678901234567890123456789012345678901234567890abcd"})
    void refusesRoleNamesThatWouldNeedQuoting(String name) {
        assertThatThrownBy(() -> PostgresMigrations.requireRoleName(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
