package io.smbhub.adapter.postgres;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Small helpers shared by the jOOQ repositories: error translation, keyset paging, LIKE escaping, time precision. */
final class SqlSupport {

    /** SQLSTATE of a unique or primary-key violation. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of a foreign-key violation. */
    static final String FOREIGN_KEY_VIOLATION = "23503";

    private static final char LIKE_ESCAPE = '\\';

    private SqlSupport() {
    }

    /**
     * Runs a write statement about {@code what} (e.g. "Invoice INV-000001"); a unique violation becomes
     * {@code CONFLICT} naming {@code what}, a foreign-key violation {@code NOT_FOUND} (the referenced row does
     * not exist in this tenant). Either leaves the transaction aborted, so the caller must not query on;
     * inserts use {@code ON CONFLICT DO NOTHING} instead to report duplicates without that.
     */
    static <T> T write(String what, Supplier<T> statement) {
        try {
            return statement.get();
        } catch (DataAccessException e) {
            String state = sqlState(e);
            if (UNIQUE_VIOLATION.equals(state)) {
                throw new DomainException(ErrorCode.CONFLICT,
                        what + " conflicts with an existing record (" + constraint(e) + ")");
            }
            if (FOREIGN_KEY_VIOLATION.equals(state)) {
                throw new DomainException(ErrorCode.NOT_FOUND,
                        what + " refers to a record that does not exist in this business (" + constraint(e) + ")");
            }
            throw e;
        }
    }

    /**
     * Saves one versioned aggregate row: version 0 inserts ({@code ON CONFLICT DO NOTHING}, so a duplicate
     * leaves the transaction usable) at version 1; otherwise updates the row of {@code tenant} and {@code id}
     * only while its stored version still equals {@code version}, and bumps it. Returns the new version.
     * Errors: {@code CONFLICT} with {@code duplicateMessage} when the insert hit a unique key (the primary key
     * or another), with {@link #staleVersion(String)} when the update matched no row.
     */
    static long saveVersioned(DSLContext dsl, Table<Record> table, Field<UUID> tenantField, Field<UUID> idField,
                              Field<Long> versionField, UUID tenant, UUID id, long version, Map<Field<?>, Object> values,
                              String label, Supplier<String> duplicateMessage) {
        if (version == 0) {
            int inserted = write(label, () -> dsl.insertInto(table)
                    .set(tenantField, tenant)
                    .set(idField, id)
                    .set(values)
                    .set(versionField, 1L)
                    .onConflictDoNothing()
                    .execute());
            if (inserted == 0) {
                throw new DomainException(ErrorCode.CONFLICT, duplicateMessage.get());
            }
            return 1;
        }
        long next = version + 1;
        int updated = write(label, () -> dsl.update(table)
                .set(values)
                .set(versionField, next)
                .where(tenantField.eq(tenant), idField.eq(id), versionField.eq(version))
                .execute());
        if (updated == 0) {
            throw staleVersion(label);
        }
        return next;
    }

    /** The optimistic-lock miss of a versioned update that changed no row. */
    static DomainException staleVersion(String label) {
        return new DomainException(ErrorCode.CONFLICT,
                label + " was changed by someone else; reload it and apply your change again");
    }

    /** {@code id < afterId} when a cursor is given, else no restriction. */
    static Condition before(Field<UUID> id, UUID afterId) {
        return afterId == null ? DSL.noCondition() : id.lt(afterId);
    }

    /**
     * Case-insensitive substring match of {@code text} (stripped) on {@code field}, with LIKE's wildcards
     * {@code %} and {@code _} in {@code text} matched literally.
     */
    static Condition containsIgnoreCase(Field<String> field, String text) {
        return field.likeIgnoreCase("%" + escapeLike(text) + "%", LIKE_ESCAPE);
    }

    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The search text of a filter: stripped, or {@code null} when absent or blank. */
    static String searchText(String q) {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /**
     * {@code instant} at PostgreSQL's {@code timestamptz} precision (microseconds), truncated rather than
     * rounded so a stored time is never later than the one the application saw.
     */
    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String sqlState(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        return sql != null ? sql.getSQLState() : e.sqlState();
    }

    private static String constraint(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getConstraint() != null) {
            return p.getServerErrorMessage().getConstraint();
        }
        return sql != null ? sql.getMessage() : e.getMessage();
    }
}
