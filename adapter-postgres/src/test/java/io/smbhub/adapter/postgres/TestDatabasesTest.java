package io.smbhub.adapter.postgres;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestDatabasesTest {

    @Test
    void eachFreshDatabaseIsANewEmptyDatabase() throws SQLException {
        try (TestDatabase first = TestDatabases.fresh("distinct");
             TestDatabase second = TestDatabases.fresh("distinct")) {
            execute(first, "create table only_in_first (id int)");

            assertThat(first.name()).isNotEqualTo(second.name());
            assertThat(query(first, "select current_database()")).isEqualTo(first.name());
            assertThat(query(second, "select current_database()")).isEqualTo(second.name());
            assertThat(query(second, "select count(*) from pg_tables where schemaname = 'public'")).isEqualTo("0");
            assertThat(query(first, "select count(*) from pg_tables where schemaname = 'public'")).isEqualTo("1");
        }
    }

    @Test
    void coordinatesReachTheSameDatabaseAsThePool() throws SQLException {
        try (TestDatabase database = TestDatabases.fresh("coordinates")) {
            DatabaseCoordinates coordinates = database.coordinates();
            try (Connection connection = DriverManager.getConnection(
                    coordinates.jdbcUrl(), coordinates.username(), coordinates.password());
                 Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("select current_database()")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo(database.name());
            }
        }
    }

    @Test
    void theApplicationPoolActsAsTheApplicationRoleOnceMigrated() throws SQLException {
        try (TestDatabase database = TestDatabases.fresh("app_pool").migrate()) {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("select current_user, current_database()")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo(PostgresMigrations.DEFAULT_APP_ROLE);
                assertThat(rows.getString(2)).isEqualTo(database.name());
            }
            assertThat(database.appCoordinates().username()).isEqualTo(PostgresMigrations.DEFAULT_APP_ROLE);
            assertThat(database.appCoordinates().jdbcUrl()).isEqualTo(database.coordinates().jdbcUrl());
        }
    }

    @Test
    void closingDropsTheDatabase() {
        TestDatabase database = TestDatabases.fresh("dropped");
        DatabaseCoordinates coordinates = database.coordinates();

        database.close();

        assertThatThrownBy(() -> DriverManager.getConnection(
                coordinates.jdbcUrl(), coordinates.username(), coordinates.password()).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void namesAreLowerCaseIdentifiersStartingWithThePrefix() {
        assertThat(TestDatabases.databaseName("My-Feature.Test")).matches("my_feature_test_[0-9a-f]{8}_\\d+");
        assertThat(TestDatabases.databaseName("1st")).startsWith("db_1st_");
        assertThat(TestDatabases.databaseName("x".repeat(100))).hasSizeLessThan(63);
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
