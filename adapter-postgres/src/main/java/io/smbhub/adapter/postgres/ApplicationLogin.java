package io.smbhub.adapter.postgres;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What PostgreSQL says about the role the application's connections act as ({@code current_user}): whether
 * row-level security holds for it and which tables of the current schema it owns, directly or through
 * membership in the owning role. Used at start-up to refuse a login that would make tenant isolation moot
 * (ARCHITECTURE.md "Persistence rules": the application connects as a role that owns nothing and has no
 * BYPASSRLS).
 *
 * @param role        the role name ({@code current_user})
 * @param superuser   {@code rolsuper}: superusers skip row-level security and every privilege check
 * @param bypassesRls {@code rolbypassrls}: such roles skip row-level security
 * @param ownedTables tables and partitioned tables of the current schema the role owns or is a member of the
 *                    owner of, sorted by name
 */
public record ApplicationLogin(String role, boolean superuser, boolean bypassesRls, List<String> ownedTables) {

    private static final String INSPECT = """
            select r.rolname, r.rolsuper, r.rolbypassrls,
                   array(select c.relname::text
                         from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = current_schema() and c.relkind in ('r', 'p')
                           and pg_has_role(r.oid, c.relowner, 'MEMBER')
                         order by 1)
            from pg_roles r
            where r.rolname = current_user""";

    public ApplicationLogin {
        Objects.requireNonNull(role, "role");
        ownedTables = List.copyOf(ownedTables);
    }

    /**
     * Looks up the role that connections of {@code dataSource} act as.
     *
     * @throws IllegalStateException when the database cannot be reached or queried
     */
    public static ApplicationLogin inspect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(INSPECT);
             ResultSet row = statement.executeQuery()) {
            row.next();
            Array owned = row.getArray(4);
            return new ApplicationLogin(row.getString(1), row.getBoolean(2), row.getBoolean(3),
                    Arrays.asList((String[]) owned.getArray()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up the database role of the application login", e);
        }
    }

    /**
     * Refuses a role that row-level security does not hold for.
     *
     * @return this
     * @throws IllegalStateException naming the role and what to change when it is a superuser or has BYPASSRLS
     */
    public ApplicationLogin requireRowLevelSecurity() {
        if (superuser || bypassesRls) {
            throw new IllegalStateException("The application login acts as database role '" + role + "', which "
                    + (superuser ? "is a superuser" : "has BYPASSRLS")
                    + ", so row-level security would not separate tenants. Configure datasources.default.username as"
                    + " a role without SUPERUSER and BYPASSRLS (e.g. " + PostgresMigrations.DEFAULT_APP_ROLE
                    + ") and put the owner login in smbhub.database.migration-username.");
        }
        return this;
    }

    /**
     * Refuses a role that owns tables (an owner can switch row-level security off).
     *
     * @return this
     * @throws IllegalStateException naming the role and its tables when it owns any
     */
    public ApplicationLogin requireOwnsNothing() {
        if (!ownedTables.isEmpty()) {
            throw new IllegalStateException("The application login acts as database role '" + role + "', which owns"
                    + " (or is a member of the owner of) tables " + ownedTables + " and could switch row-level"
                    + " security off. Make the migration login (smbhub.database.migration-username) their owner,"
                    + " e.g. ALTER TABLE ... OWNER TO <migration login>, and keep the application login a plain role.");
        }
        return this;
    }
}
