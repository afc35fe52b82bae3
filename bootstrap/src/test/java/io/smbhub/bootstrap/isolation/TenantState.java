package io.smbhub.bootstrap.isolation;

import io.smbhub.adapter.postgres.DatabaseCoordinates;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Tenant B's rows as the database owner sees them (the administration login, which row-level security does
 * not filter): every table with a {@code tenant_id} column, discovered from {@code information_schema}, plus
 * B's {@code tenants} row and its members' {@code user_accounts}. A {@link #snapshot} summarises each table as
 * row count, sum of {@code version} (where the column exists) and the md5 of the ordered row texts, so any
 * insert, update or delete of one of B's rows shows up as a difference.
 */
final class TenantState {

    private final DatabaseCoordinates owner;
    private final UUID tenant;
    private final Map<String, Boolean> tenantTables;

    TenantState(DatabaseCoordinates owner, String tenantId) {
        this.owner = owner;
        this.tenant = UUID.fromString(tenantId);
        this.tenantTables = discoverTenantTables();
    }

    /** Names of the tables with a {@code tenant_id} column (value: whether they have {@code version}). */
    Set<String> tenantTables() {
        return tenantTables.keySet();
    }

    /** Table → "rows=…, versions=…, md5=…" of B's rows. */
    Map<String, String> snapshot() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = connect()) {
            for (Map.Entry<String, Boolean> table : tenantTables.entrySet()) {
                out.put(table.getKey(), summary(c, table.getKey(), table.getValue(), "x.tenant_id = ?"));
            }
            out.put("tenants", summary(c, "tenants", true, "x.id = ?"));
            out.put("user_accounts", summary(c, "user_accounts", false,
                    "x.id in (select m.user_id from tenant_members m where m.tenant_id = ?)"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Every id of B's rows (an {@code id} or {@code user_id} column), as text. */
    Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(tenant.toString());
        try (Connection c = connect()) {
            for (String table : tenantTables.keySet()) {
                for (String column : List.of("id", "user_id")) {
                    if (hasColumn(c, table, column)) {
                        try (PreparedStatement s = c.prepareStatement(
                                "select " + column + "::text from " + table + " where tenant_id = ?")) {
                            s.setObject(1, tenant);
                            try (ResultSet r = s.executeQuery()) {
                                while (r.next()) {
                                    ids.add(r.getString(1));
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /**
     * Rows of other tenants whose text contains one of {@code needles} (B's ids, or B's marker strings):
     * "table: row" lines, at most a few per table. Such a row means another tenant stored a reference to, or a
     * copy of, B's data.
     */
    List<String> foreignRowsContaining(Collection<String> needles, Collection<String> tenantsToSkip) {
        List<String> found = new ArrayList<>();
        if (needles.isEmpty()) {
            return found;
        }
        List<String> tables = new ArrayList<>(tenantTables.keySet());
        tables.add("tenants");
        try (Connection c = connect()) {
            for (String table : tables) {
                String tenantColumn = table.equals("tenants") ? "id" : "tenant_id";
                String sql = "select x::text from " + table + " x where x." + tenantColumn + " <> all(?::uuid[])"
                        + " and x::text like any(?) limit 5";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    List<String> skip = new ArrayList<>(tenantsToSkip);
                    skip.add(tenant.toString());
                    s.setArray(1, c.createArrayOf("text", skip.toArray()));
                    s.setArray(2, c.createArrayOf("text", needles.stream().map(n -> "%" + n + "%").toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            String row = r.getString(1);
                            String which = needles.stream().filter(row::contains).findFirst().orElse("?");
                            found.add(table + " row containing " + which + ": " + abbreviate(row));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** "table: before → after" lines for every table whose summary changed. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            if (!Objects.equals(before.get(table), after.get(table))) {
                out.add("tenant B's rows in " + table + " changed: " + before.get(table) + " → " + after.get(table));
            }
        }
        return out;
    }

    private String summary(Connection c, String table, boolean versioned, String where) throws SQLException {
        String sql = "select count(*), " + (versioned ? "coalesce(sum(x.version), 0)" : "0")
                + ", md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from " + table + " x where " + where;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return "rows=" + r.getLong(1) + (versioned ? ", versions=" + r.getLong(2) : "") + ", md5=" + r.getString(3);
            }
        }
    }

    private Map<String, Boolean> discoverTenantTables() {
        Map<String, Boolean> tables = new LinkedHashMap<>();
        String sql = """
                select c.table_name,
                       exists (select 1 from information_schema.columns v
                               where v.table_schema = c.table_schema and v.table_name = c.table_name
                                 and v.column_name = 'version')
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
                order by c.table_name""";
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                tables.put(r.getString(1), r.getBoolean(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no table with a tenant_id column found: is the schema migrated?");
        }
        return tables;
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select 1 from information_schema.columns
                where table_schema = current_schema() and table_name = ? and column_name = ?""")) {
            s.setString(1, table);
            s.setString(2, column);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(owner.jdbcUrl(), owner.username(), owner.password());
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
