package io.smbhub.adapter.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void dataSurvivesAStopAndStartOnTheSameDataDirectory() throws SQLException {
        Path dataDirectory = temp.resolve("not-yet-created/postgres");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            execute(server.coordinates(), "create table kept (text varchar(20))");
            execute(server.coordinates(), "insert into kept values ('still here')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            assertThat(query(server.coordinates(), "select text from kept")).isEqualTo("still here");
            assertThat(server.dataDirectory()).isEqualTo(dataDirectory.toAbsolutePath());
        }
    }

    @Test
    void listensOnTheRequestedPortAndWritesDurably() throws IOException, SQLException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temp.resolve("pg"), port)) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.coordinates().jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres");
            assertThat(query(server.coordinates(), "show fsync")).isEqualTo("on");
            assertThat(query(server.coordinates(), "show synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void closeStopsTheServerAndCanBeRepeated() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temp.resolve("stopped"), 0);
        DatabaseCoordinates coordinates = server.coordinates();

        server.close();
        server.close();

        assertThatThrownBy(() -> query(coordinates, "select 1"))
                .isInstanceOf(SQLException.class);
    }

    private static void execute(DatabaseCoordinates coordinates, String sql) throws SQLException {
        try (Connection connection = connect(coordinates);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(DatabaseCoordinates coordinates, String sql) throws SQLException {
        try (Connection connection = connect(coordinates);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(DatabaseCoordinates coordinates) throws SQLException {
        return DriverManager.getConnection(coordinates.jdbcUrl(), coordinates.username(), coordinates.password());
    }
}
