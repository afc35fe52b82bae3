package io.smbhub.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.DatabaseCoordinates;
import io.smbhub.adapter.postgres.EmbeddedPostgresServer;
import io.smbhub.adapter.postgres.JdbcTransactionRunner;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import io.smbhub.application.port.out.TransactionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationStartsTest {

    @TempDir
    Path temp;

    @Test
    void startsOnAConfiguredDatabaseMigratesItAndAnswersHealth() throws Exception {
        try (TestDatabase database = TestDatabases.fresh("boot")) {
            DatabaseCoordinates coordinates = database.coordinates();
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "datasources.default.url", coordinates.jdbcUrl(),
                    "datasources.default.username", coordinates.username(),
                    "datasources.default.password", coordinates.password(),
                    "micronaut.server.port", -1))) {

                assertThat(health(server).statusCode()).isEqualTo(200);
                assertThat(health(server).body()).contains("UP");
                assertThat(server.getApplicationContext().getBean(TransactionRunner.class))
                        .isInstanceOf(JdbcTransactionRunner.class);
                assertThat(server.getApplicationContext().findBean(EmbeddedPostgresServer.class)).isEmpty();
                assertThat(query(coordinates, "select to_regclass('flyway_schema_history') is not null"))
                        .isEqualTo("t");
            }
        }
    }

    @Test
    void startsAnEmbeddedDatabaseInTheDataDirectoryWhenNoneIsConfigured() throws Exception {
        Path dataDirectory = temp.resolve("postgres");
        DatabaseCoordinates embedded;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "smbhub.embedded-postgres.data-dir", dataDirectory.toString(),
                "micronaut.server.port", -1))) {

            assertThat(health(server).statusCode()).isEqualTo(200);
            embedded = server.getApplicationContext().getBean(EmbeddedPostgresServer.class).coordinates();
            assertThat(query(embedded, "select to_regclass('flyway_schema_history') is not null")).isEqualTo("t");
            assertThat(dataDirectory.resolve("PG_VERSION")).exists();
        }

        assertThatThrownBy(() -> query(embedded, "select 1")).isInstanceOf(SQLException.class);
    }

    private static HttpResponse<String> health(EmbeddedServer server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/health")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
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
