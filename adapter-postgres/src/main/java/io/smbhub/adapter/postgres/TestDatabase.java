package io.smbhub.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;

/**
 * An empty database made by {@link TestDatabases#fresh(String)}: a small connection pool on it and its
 * coordinates. {@link #close()} closes the pool and drops the database.
 */
public record TestDatabase(String name, HikariDataSource dataSource, DatabaseCoordinates coordinates)
        implements AutoCloseable {

    @Override
    public void close() {
        dataSource.close();
        TestDatabases.drop(name);
    }
}
