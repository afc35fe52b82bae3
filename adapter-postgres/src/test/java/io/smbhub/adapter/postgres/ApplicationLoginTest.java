package io.smbhub.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationLoginTest {

    private static final String SUFFIX = Long.toHexString(System.nanoTime());

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.fresh("application_login").migrate();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void theApplicationRoleIsHeldToRowLevelSecurityAndOwnsNothing() {
        ApplicationLogin login = ApplicationLogin.inspect(database.dataSource());

        assertThat(login).isEqualTo(new ApplicationLogin(PostgresMigrations.DEFAULT_APP_ROLE, false, false, List.of()));
        assertThat(login.requireRowLevelSecurity().requireOwnsNothing()).isSameAs(login);
    }

    @Test
    void aSuperuserIsRefused() {
        ApplicationLogin login = ApplicationLogin.inspect(database.ownerDataSource());

        assertThat(login.superuser()).isTrue();
        assertThatThrownBy(login::requireRowLevelSecurity)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("role '" + login.role() + "', which is a superuser")
                .hasMessageContaining("row-level security would not separate tenants");
    }

    @Test
    void aRoleWithBypassRlsIsRefused() throws SQLException {
        String role = "bypasser_" + SUFFIX;
        owner("create role " + role + " nologin nosuperuser bypassrls");
        try (HikariDataSource actingAs = poolActingAs(role)) {
            ApplicationLogin login = ApplicationLogin.inspect(actingAs);

            assertThat(login).isEqualTo(new ApplicationLogin(role, false, true, List.of()));
            assertThatThrownBy(login::requireRowLevelSecurity)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("role '" + role + "', which has BYPASSRLS");
        } finally {
            owner("drop role " + role);
        }
    }

    @Test
    void aRoleThatOwnsTablesDirectlyOrThroughMembershipIsRefused() throws SQLException {
        String tableOwner = "table_owner_" + SUFFIX;
        String member = "owner_member_" + SUFFIX;
        String table = "owned_" + SUFFIX;
        owner("create role " + tableOwner + " nologin; create role " + member + " nologin in role " + tableOwner
                + "; create table " + table + " (id int); alter table " + table + " owner to " + tableOwner);
        try (HikariDataSource asOwner = poolActingAs(tableOwner); HikariDataSource asMember = poolActingAs(member)) {
            ApplicationLogin owning = ApplicationLogin.inspect(asOwner);
            ApplicationLogin memberOfOwner = ApplicationLogin.inspect(asMember);

            assertThat(owning.ownedTables()).containsExactly(table);
            assertThat(memberOfOwner.ownedTables()).containsExactly(table);
            assertThat(owning.requireRowLevelSecurity()).isSameAs(owning);
            assertThatThrownBy(memberOfOwner::requireOwnsNothing)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("role '" + member + "', which owns (or is a member of the owner of) tables ["
                            + table + "]");
        } finally {
            owner("drop table " + table + "; drop role " + member + "; drop role " + tableOwner);
        }
    }

    private static HikariDataSource poolActingAs(String role) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.coordinates().jdbcUrl());
        config.setUsername(database.coordinates().username());
        config.setPassword(database.coordinates().password());
        config.setConnectionInitSql("set role " + role);
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }

    private static void owner(String sql) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
