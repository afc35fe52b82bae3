package io.smbhub.adapter.postgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Brings a database's schema up to date with the Flyway migrations on the classpath under {@code db/migration}.
 *
 * <p>Migrations run as the login that owns the tables (the migration owner). They create the application role
 * named by the {@value #APP_ROLE_PLACEHOLDER} placeholder when it does not exist yet, grant it the rows it may
 * touch, and put every tenant table under row-level security (see {@code V3__row_level_security.sql}).
 */
public final class PostgresMigrations {

    /** Classpath location of the SQL migrations. */
    public static final String LOCATION = "classpath:db/migration";

    /** Flyway placeholder holding the application role's name. */
    public static final String APP_ROLE_PLACEHOLDER = "app_role";

    /** The application role's name unless configured otherwise. */
    public static final String DEFAULT_APP_ROLE = "smbhub_app";

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresMigrations() {
    }

    /** {@link #migrate(DataSource, String)} with the {@link #DEFAULT_APP_ROLE default application role}. */
    public static MigrateResult migrate(DataSource owner) {
        return migrate(owner, DEFAULT_APP_ROLE);
    }

    /**
     * Applies every pending migration to the database behind {@code owner}, whose connections act as the
     * migration owner; a no-op when none is pending.
     *
     * @param appRole the application role to create and grant to (lower-case letters, digits, underscores)
     * @throws IllegalArgumentException when {@code appRole} is not such a name
     */
    public static MigrateResult migrate(DataSource owner, String appRole) {
        Objects.requireNonNull(owner, "owner");
        return configure(appRole).dataSource(owner).load().migrate();
    }

    /**
     * As {@link #migrate(DataSource, String)}, logging in with {@code owner} on a connection of its own that
     * is closed afterwards (no pool is kept for the owner).
     */
    public static MigrateResult migrate(DatabaseCoordinates owner, String appRole) {
        Objects.requireNonNull(owner, "owner");
        return configure(appRole).dataSource(owner.jdbcUrl(), owner.username(), owner.password()).load().migrate();
    }

    /**
     * Checks that {@code name} can name the application role as is (no quoting needed).
     *
     * @return {@code name}
     * @throws IllegalArgumentException when it is not 1 to 63 lower-case letters, digits or underscores
     *                                  starting with a letter or underscore
     */
    public static String requireRoleName(String name) {
        if (name == null || !ROLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Application role name '" + name + "' is not usable: use 1 to 63"
                    + " lower-case letters, digits or underscores, starting with a letter or underscore");
        }
        return name;
    }

    private static FluentConfiguration configure(String appRole) {
        return Flyway.configure()
                .locations(LOCATION)
                .failOnMissingLocations(false)
                .placeholders(Map.of(APP_ROLE_PLACEHOLDER, requireRoleName(appRole)));
    }
}
