package io.smbhub.adapter.postgres;

import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link TransactionRunner} on plain JDBC: one connection and one database transaction per outermost
 * call, held in a thread-local so that repositories reach it through {@link #dsl()}.
 *
 * <p>{@code inTenant} binds the tenant to the transaction with
 * {@code set_config('app.tenant_id', <uuid>, true)}, the setting row-level security policies read
 * ({@code V3__row_level_security.sql}); it ends with the transaction. On a connection acting as the
 * application role, a transaction sees and writes only the bound tenant's rows of tenant tables;
 * {@code withoutTenant} sees none of them (only the global tables), and {@code forUser} sees only the bound
 * user's {@code tenant_members} rows. Nested calls join the open transaction: a nested {@code inTenant} on a
 * transaction not yet bound to a tenant binds it until the transaction ends, one naming another tenant
 * than the bound one is refused. A nested call that throws does not roll back on its own; the
 * outermost call rolls back when the exception reaches it. Failures of JDBC itself surface as jOOQ's
 * unchecked {@link DataAccessException}.
 */
public final class JdbcTransactionRunner implements TransactionRunner {

    /** The setting row-level security policies compare {@code tenant_id} with. */
    public static final String TENANT_SETTING = "app.tenant_id";

    /** The setting the membership policy compares {@code user_id} with ({@link #forUser}). */
    public static final String USER_SETTING = "app.user_id";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactionRunner.class);

    private final DataSource dataSource;
    private final ThreadLocal<OpenTransaction> current = new ThreadLocal<>();

    public JdbcTransactionRunner(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        return run(tenant, work);
    }

    @Override
    public <T> T withoutTenant(Supplier<T> work) {
        return run(null, work);
    }

    @Override
    public <T> T forUser(UserId user, Supplier<T> work) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(work, "work");
        OpenTransaction open = current.get();
        if (open == null) {
            return runOutermost(null, () -> {
                set(current.get().connection, USER_SETTING, user.value().toString());
                return work.get();
            });
        }
        set(open.connection, USER_SETTING, user.value().toString());
        return work.get();
    }

    /**
     * jOOQ context on the current thread's open transaction.
     *
     * @throws IllegalStateException when called outside {@code inTenant} / {@code withoutTenant}
     */
    public DSLContext dsl() {
        OpenTransaction open = current.get();
        if (open == null) {
            throw new IllegalStateException("no transaction open");
        }
        return DSL.using(open.connection, SQLDialect.POSTGRES);
    }

    private <T> T run(TenantId tenant, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        OpenTransaction open = current.get();
        if (open == null) {
            return runOutermost(tenant, work);
        }
        if (tenant != null) {
            bindNested(open, tenant);
        }
        return work.get();
    }

    private <T> T runOutermost(TenantId tenant, Supplier<T> work) {
        Connection connection = connect();
        boolean autoCommit = beginTransaction(connection);
        current.set(new OpenTransaction(connection, tenant));
        try {
            if (tenant != null) {
                bind(connection, tenant);
            }
            T result = work.get();
            commit(connection);
            return result;
        } catch (Throwable failure) {
            rollback(connection, failure);
            throw failure;
        } finally {
            current.remove();
            release(connection, autoCommit);
        }
    }

    private static void bindNested(OpenTransaction open, TenantId tenant) {
        if (open.tenant == null) {
            bind(open.connection, tenant);
            open.tenant = tenant;
        } else if (!open.tenant.equals(tenant)) {
            throw new IllegalStateException("transaction is bound to tenant " + open.tenant
                    + "; a nested unit of work asked for tenant " + tenant);
        }
    }

    private Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("could not get a database connection", e);
        }
    }

    private static boolean beginTransaction(Connection connection) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            return autoCommit;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessException("could not begin a transaction", e);
        }
    }

    private static void bind(Connection connection, TenantId tenant) {
        set(connection, TENANT_SETTING, tenant.value().toString());
    }

    /** Sets a transaction-local setting ({@code set_config(name, value, true)}); it ends with the transaction. */
    private static void set(Connection connection, String name, String value) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        } catch (SQLException e) {
            throw new DataAccessException("could not set " + name + " on the transaction", e);
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new DataAccessException("could not commit the transaction", e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void release(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.warn("could not restore auto-commit on a connection", e);
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("could not close a database connection", e);
        }
    }

    private static final class OpenTransaction {
        private final Connection connection;
        private TenantId tenant;

        private OpenTransaction(Connection connection, TenantId tenant) {
            this.connection = connection;
            this.tenant = tenant;
        }
    }
}
