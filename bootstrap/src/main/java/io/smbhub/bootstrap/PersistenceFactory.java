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
     * The connection pool, migrated before it is handed out. Takes the embedded server as a direct
     * (nullable) dependency rather than an {@code Optional}: only direct dependencies make Micronaut
     * close the pool before it stops the server.
     */
    @Context
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(
            @Nullable EmbeddedPostgresServer embedded,
            @Nullable @Property(name = URL) String url,
            @Nullable @Property(name = "datasources.default.username") String username,
            @Nullable @Property(name = "datasources.default.password") String password) {
        DatabaseCoordinates coordinates = url == null
                ? embedded.coordinates()
                : new DatabaseCoordinates(url, orEmpty(username), orEmpty(password));
        HikariConfig config = new HikariConfig();
        config.setPoolName("smbhub");
        config.setJdbcUrl(coordinates.jdbcUrl());
        config.setUsername(coordinates.username());
        config.setPassword(coordinates.password());
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            PostgresMigrations.migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        LOG.info("Database {} migrated", coordinates);
        return dataSource;
    }

    /** Also exposed as {@link io.smbhub.application.port.out.TransactionRunner}. */
    @Singleton
    JdbcTransactionRunner transactionRunner(DataSource dataSource) {
        return new JdbcTransactionRunner(dataSource);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
