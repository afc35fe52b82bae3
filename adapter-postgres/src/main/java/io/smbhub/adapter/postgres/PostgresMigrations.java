package io.smbhub.adapter.postgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Brings a database's schema up to date with the Flyway migrations on the classpath under {@code db/migration}. */
public final class PostgresMigrations {

    /** Classpath location of the SQL migrations. */
    public static final String LOCATION = "classpath:db/migration";

    private PostgresMigrations() {
    }

    /** Applies every pending migration to the database behind {@code dataSource}; a no-op when none is pending. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }
}
