package io.smbhub.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.DatabaseCoordinates;
import io.smbhub.adapter.postgres.EmbeddedPostgresServer;
import io.smbhub.adapter.postgres.JdbcTransactionRunner;
import io.smbhub.adapter.postgres.PostgresMigrations;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import io.smbhub.application.port.out.TransactionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationStartsTest {

    @TempDir
    Path temp;

    @Test
    void startsOnAConfiguredDatabaseMigratedByTheOwnerAndConnectsAsTheApplicationRole() throws Exception {
        try (TestDatabase database = TestDatabases.fresh("boot")) {
            DatabaseCoordinates owner = database.coordinates();
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, with(TestApp.database(database),
                    "micronaut.server.port", -1))) {

                assertThat(health(server).statusCode()).isEqualTo(200);
                assertThat(health(server).body()).contains("UP");
                assertThat(server.getApplicationContext().getBean(TransactionRunner.class))
                        .isInstanceOf(JdbcTransactionRunner.class);
                assertThat(server.getApplicationContext().findBean(EmbeddedPostgresServer.class)).isEmpty();
                assertThat(query(owner, "select to_regclass('flyway_schema_history') is not null")).isEqualTo("t");
                assertThat(query(owner, "select tableowner from pg_tables where tablename = 'invoices'"))
                        .isEqualTo(owner.username());
                assertThat(currentUser(server)).isEqualTo(PostgresMigrations.DEFAULT_APP_ROLE);
            }
        }
    }

    @Test
    void startsAnEmbeddedDatabaseInTheDataDirectoryWhenNoneIsConfigured() throws Exception {
        Path dataDirectory = temp.resolve("postgres");
        DatabaseCoordinates embedded;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "smbhub.embedded-postgres.data-dir", dataDirectory.toString(),
                "smbhub.secrets.key-file", temp.resolve("secrets-key").toString(),
                "micronaut.server.port", -1))) {

            assertThat(health(server).statusCode()).isEqualTo(200);
            embedded = server.getApplicationContext().getBean(EmbeddedPostgresServer.class).coordinates();
            assertThat(query(embedded, "select to_regclass('flyway_schema_history') is not null")).isEqualTo("t");
            assertThat(query(embedded, "select tableowner from pg_tables where tablename = 'invoices'"))
                    .isEqualTo("postgres");
            assertThat(currentUser(server)).isEqualTo(PostgresMigrations.DEFAULT_APP_ROLE);
            assertThat(dataDirectory.resolve("PG_VERSION")).exists();
        }

        assertThatThrownBy(() -> query(embedded, "select 1")).isInstanceOf(SQLException.class);
    }

    @Test
    void refusesToStartBeforeMigratingWhenTheApplicationLoginIsASuperuser() throws Exception {
        try (TestDatabase database = TestDatabases.fresh("boot_superuser")) {
            DatabaseCoordinates superuser = database.coordinates();

            assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "datasources.default.url", superuser.jdbcUrl(),
                    "datasources.default.username", superuser.username(),
                    "datasources.default.password", superuser.password(),
                    "micronaut.server.port", -1)).close())
                    .rootCause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("database role '" + superuser.username() + "', which is a superuser")
                    .hasMessageContaining("smbhub.database.migration-username");
            assertThat(query(superuser, "select to_regclass('flyway_schema_history') is null")).isEqualTo("t");
        }
    }

    @Test
    void withoutAMigrationOwnerTheApplicationLoginMigratesAndRowLevelSecurityStillHoldsForIt() throws Exception {
        String role = "self_migrating_" + Long.toHexString(System.nanoTime());
        String password = "pw-" + role;
        try (TestDatabase database = TestDatabases.fresh("boot_no_owner")) {
            DatabaseCoordinates admin = database.coordinates();
            execute(admin, "create role " + role + " login nosuperuser nobypassrls password '" + password + "'");
            try {
                // like a hosted database whose only login owns the database (and so its public schema)
                execute(admin, "alter database " + database.name() + " owner to " + role);
                try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                        "datasources.default.url", admin.jdbcUrl(),
                        "datasources.default.username", role,
                        "datasources.default.password", password,
                        "smbhub.secrets.key-file", temp.resolve("secrets-key").toString(),
                        "micronaut.server.port", -1))) {

                    assertThat(health(server).statusCode()).isEqualTo(200);
                    assertThat(currentUser(server)).isEqualTo(role);
                    assertThat(query(admin, "select tableowner from pg_tables where tablename = 'invoices'"))
                            .isEqualTo(role);
                    assertThat(query(admin, "select relforcerowsecurity from pg_class where relname = 'invoices'"))
                            .isEqualTo("t");
                }
            } finally {
                execute(admin, "reassign owned by " + role + " to " + admin.username());
                execute(admin, "drop owned by " + role);
                execute(admin, "drop role " + role);
            }
        }
    }

    private static HttpResponse<String> health(EmbeddedServer server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/health")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> with(Map<String, Object> properties, String key, Object value) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put(key, value);
        return all;
    }

    /** The role the application's pool acts as. */
    private static String currentUser(EmbeddedServer server) throws SQLException {
        try (Connection connection = server.getApplicationContext().getBean(DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_user")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(DatabaseCoordinates coordinates, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                coordinates.jdbcUrl(), coordinates.username(), coordinates.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(DatabaseCoordinates coordinates, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                coordinates.jdbcUrl(), coordinates.username(), coordinates.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
