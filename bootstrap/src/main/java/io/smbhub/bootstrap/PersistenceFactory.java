package io.smbhub.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.smbhub.adapter.postgres.ApplicationLogin;
import io.smbhub.adapter.postgres.DatabaseCoordinates;
import io.smbhub.adapter.postgres.EmbeddedPostgresServer;
import io.smbhub.adapter.postgres.JdbcTransactionRunner;
import io.smbhub.adapter.postgres.PostgresMigrations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * Wires PostgreSQL: the server configured under {@code datasources.default.*} when
 * {@code datasources.default.url} is set, otherwise an embedded server whose data directory
 * ({@code smbhub.embedded-postgres.data-dir}) survives restarts. The pool is created eagerly at
 * start-up and the schema migrated before any other bean can use it.
 *
 * <p>Two logins (ARCHITECTURE.md "Persistence rules"): the application login
 * ({@code datasources.default.username}), which the pool uses and which must be held to row-level security,
 * and the migration owner ({@code smbhub.database.migration-username}), which Flyway runs as and which owns the
 * tables. The migrations create the application role {@code smbhub.database.app-role} when it is missing and
 * grant it what the application needs. Without a migration owner the application login migrates and so owns
 * the tables (forced row-level security still holds for it; a warning recommends a separate owner). The
 * embedded server migrates as {@code postgres} and the pool logs in as the application role. Start-up fails
 * when the application login is a superuser or has BYPASSRLS, or, with a separate owner, owns tables.
 */
@Factory
public class PersistenceFactory {

    private static final String URL = "datasources.default.url";

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceFactory.class);

    /** The embedded server, only when no external database is configured; stopped with the context. */
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(missingProperty = URL)
    EmbeddedPostgresServer embeddedPostgresServer(
            @Value("${smbhub.embedded-postgres.data-dir}") String dataDirectory,
            @Value("${smbhub.embedded-postgres.port}") int port) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(dataDirectory), port);
        LOG.info("No {} configured: embedded PostgreSQL listening on localhost:{} with data directory {}",
                URL, server.port(), server.dataDirectory());
        return server;
    }

    /**
     * The application login's connection pool, migrated before it is handed out. Takes the embedded server as
     * a direct (nullable) dependency rather than an {@code Optional}: only direct dependencies make Micronaut
     * close the pool before it stops the server.
     *
     * @throws IllegalStateException when the application login is a superuser, has BYPASSRLS, or owns tables
     *                               although a separate migration owner is configured
     */
    @Context
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(
            @Nullable EmbeddedPostgresServer embedded,
            @Nullable @Property(name = URL) String url,
            @Nullable @Property(name = "datasources.default.username") String username,
            @Nullable @Property(name = "datasources.default.password") String password,
            @Nullable @Property(name = "smbhub.database.migration-username") String migrationUsername,
            @Nullable @Property(name = "smbhub.database.migration-password") String migrationPassword,
            @Property(name = "smbhub.database.app-role") String appRole) {
        PostgresMigrations.requireRoleName(appRole);
        DatabaseCoordinates application;
        DatabaseCoordinates owner;
        if (url == null) {
            owner = embedded.coordinates();
            application = owner.withLogin(appRole, "");
        } else {
            application = new DatabaseCoordinates(url, orEmpty(username), orEmpty(password));
            owner = migrationUsername == null || migrationUsername.isBlank()
                    ? null
                    : application.withLogin(migrationUsername, orEmpty(migrationPassword));
        }
        if (owner != null) {
            PostgresMigrations.migrate(owner, appRole);
            LOG.info("Database {} migrated as {}", application.jdbcUrl(), owner.username());
        }
        HikariDataSource dataSource = pool(application);
        try {
            ApplicationLogin login = ApplicationLogin.inspect(dataSource).requireRowLevelSecurity();
            if (owner == null) {
                LOG.warn("No smbhub.database.migration-username configured: the application login {} runs the"
                        + " migrations and owns the tables. Row-level security is forced on it too, but an owner can"
                        + " switch it off; configure a separate migration owner", login.role());
                PostgresMigrations.migrate(dataSource, login.role());
                LOG.info("Database {} migrated as {}", application.jdbcUrl(), login.role());
            } else {
                login.requireOwnsNothing();
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /** Also exposed as {@link io.smbhub.application.port.out.TransactionRunner}. */
    @Singleton
    JdbcTransactionRunner transactionRunner(DataSource dataSource) {
        return new JdbcTransactionRunner(dataSource);
    }

    private static HikariDataSource pool(DatabaseCoordinates application) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("smbhub");
        config.setJdbcUrl(application.jdbcUrl());
        config.setUsername(application.username());
        config.setPassword(application.password());
        return new HikariDataSource(config);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
