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
 * that login must be allowed to create databases and roles and to {@code SET ROLE} to the application role
 * (a superuser is). The application role's own login ({@link TestDatabase#appCoordinates()}) uses the
 * password in {@code SMBHUB_TEST_DATABASE_APP_PASSWORD} (empty when unset). Migrations are not run here:
 * callers call {@link TestDatabase#migrate()} (or {@link PostgresMigrations#migrate} on the owner pool).
 */
public final class TestDatabases {

    /** Environment variable with the JDBC URL of an external server's administration database. */
    public static final String URL_VARIABLE = "SMBHUB_TEST_DATABASE_URL";
    /** Environment variable with the login for {@link #URL_VARIABLE}. */
    public static final String USER_VARIABLE = "SMBHUB_TEST_DATABASE_USER";
    /** Environment variable with the password for {@link #URL_VARIABLE}. */
    public static final String PASSWORD_VARIABLE = "SMBHUB_TEST_DATABASE_PASSWORD";
    /** Environment variable with the password of the application role's login on an external server. */
    public static final String APP_PASSWORD_VARIABLE = "SMBHUB_TEST_DATABASE_APP_PASSWORD";

    private static final int MAX_PREFIX_LENGTH = 40;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static DatabaseCoordinates admin;

    private TestDatabases() {
    }

    /**
     * Creates a new empty database named after {@code prefix} (lower-cased, other characters than
     * letters, digits and underscores replaced) plus a suffix unique to this JVM run, with an owner pool and
     * an application-role pool on it (see {@link TestDatabase}).
     */
    public static TestDatabase fresh(String prefix) {
        String name = databaseName(prefix);
        DatabaseCoordinates server = admin();
        execute(server, "create database " + name);
        DatabaseCoordinates coordinates = server.withDatabase(name);
        String role = PostgresMigrations.DEFAULT_APP_ROLE;
        HikariConfig owner = poolConfig(name + "_owner", coordinates);
        HikariConfig application = poolConfig(name + "_app", coordinates);
        application.setConnectionInitSql("set role " + role);
        // the role appears with the migrations; do not connect before
        application.setInitializationFailTimeout(-1);
        return new TestDatabase(name, new HikariDataSource(application), new HikariDataSource(owner), coordinates,
                coordinates.withLogin(role, environment(APP_PASSWORD_VARIABLE)));
    }

    private static HikariConfig poolConfig(String poolName, DatabaseCoordinates coordinates) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(coordinates.jdbcUrl());
        config.setUsername(coordinates.username());
        config.setPassword(coordinates.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        return config;
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
