package io.smbhub.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;

/**
 * An empty database made by {@link TestDatabases#fresh(String)}, with two small connection pools on it.
 * {@link #close()} closes both pools and drops the database.
 *
 * @param name            the database's name
 * @param dataSource      pool whose connections act as the application role
 *                        ({@value PostgresMigrations#DEFAULT_APP_ROLE}, through {@code SET ROLE}): row-level
 *                        security holds and only the application's grants apply, as in production. Its
 *                        connections fail until the migrations (run on {@link #ownerDataSource}) have created
 *                        the role; repositories and transaction runners under test use this pool
 * @param ownerDataSource pool logged in as the test server's administration login (on the embedded server the
 *                        superuser {@code postgres}, which skips row-level security): for migrations, schema
 *                        changes and inspecting every tenant's rows
 * @param coordinates     the administration login on this database ({@link #ownerDataSource})
 * @param appCoordinates  the application role's own login on this database, for an application that connects
 *                        with a user name and password (the embedded server trusts it without a password)
 */
public record TestDatabase(String name, HikariDataSource dataSource, HikariDataSource ownerDataSource,
                           DatabaseCoordinates coordinates, DatabaseCoordinates appCoordinates)
        implements AutoCloseable {

    /** Runs the migrations as the owner; the application pool works from then on. */
    public TestDatabase migrate() {
        PostgresMigrations.migrate(ownerDataSource, PostgresMigrations.DEFAULT_APP_ROLE);
        return this;
    }

    @Override
    public void close() {
        dataSource.close();
        ownerDataSource.close();
        TestDatabases.drop(name);
    }
}
