package io.smbhub.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests, all on one PostgreSQL server per JVM.
 *
 * <p>The server is an {@link EmbeddedPostgresServer#startTemporary() embedded temporary server}, started
 * on first use and stopped when the JVM exits, unless the environment variable
 * {@code SMBHUB_TEST_DATABASE_URL} names the JDBC URL of an administration database on an external
 * server (login from {@code SMBHUB_TEST_DATABASE_USER} and {@code SMBHUB_TEST_DATABASE_PASSWORD});
 * that login must be allowed to create databases. Migrations are not run here: callers call
 * {@link PostgresMigrations#migrate}.
 */
public final class TestDatabases {

    /** Environment variable with the JDBC URL of an external server's administration database. */
    public static final String URL_VARIABLE = "SMBHUB_TEST_DATABASE_URL";
    /** Environment variable with the login for {@link #URL_VARIABLE}. */
    public static final String USER_VARIABLE = "SMBHUB_TEST_DATABASE_USER";
    /** Environment variable with the password for {@link #URL_VARIABLE}. */
    public static final String PASSWORD_VARIABLE = "SMBHUB_TEST_DATABASE_PASSWORD";

    private static final int MAX_PREFIX_LENGTH = 40;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static DatabaseCoordinates admin;

    private TestDatabases() {
    }

    /**
     * Creates a new empty database named after {@code prefix} (lower-cased, other characters than
     * letters, digits and underscores replaced) plus a suffix unique to this JVM run.
     */
    public static TestDatabase fresh(String prefix) {
        String name = databaseName(prefix);
        DatabaseCoordinates server = admin();
        execute(server, "create database " + name);
        DatabaseCoordinates coordinates = server.withDatabase(name);
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(coordinates.jdbcUrl());
        config.setUsername(coordinates.username());
        config.setPassword(coordinates.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        return new TestDatabase(name, new HikariDataSource(config), coordinates);
    }

    static void drop(String name) {
        execute(admin(), "drop database if exists " + name + " with (force)");
    }

    static String databaseName(String prefix) {
        String cleaned = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
            cleaned = "db_" + cleaned;
        }
        if (cleaned.length() > MAX_PREFIX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_PREFIX_LENGTH);
        }
        return cleaned + "_" + RUN + "_" + COUNTER.incrementAndGet();
    }

    private static synchronized DatabaseCoordinates admin() {
        if (admin == null) {
            String url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                admin = new DatabaseCoordinates(url, environment(USER_VARIABLE), environment(PASSWORD_VARIABLE));
            } else {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
                admin = server.coordinates();
            }
        }
        return admin;
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    private static void execute(DatabaseCoordinates server, String sql) {
        try (Connection connection = DriverManager.getConnection(
                server.jdbcUrl(), server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + server, e);
        }
    }
}
