package io.smbhub.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class JdbcTransactionRunnerTest {

    private static final TenantId TENANT_A = new TenantId(UUID.fromString("018f0000-0000-7000-8000-00000000000a"));
    private static final TenantId TENANT_B = new TenantId(UUID.fromString("018f0000-0000-7000-8000-00000000000b"));

    private static TestDatabase database;
    private JdbcTransactionRunner runner;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = TestDatabases.fresh("tx_runner");
        try (Connection connection = database.ownerDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table note (text varchar(100) not null)");
        }
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("truncate note");
        }
        runner = new JdbcTransactionRunner(database.ownerDataSource());
    }

    @Test
    void commitsTheWorkAndReturnsItsResult() {
        String result = runner.inTenant(TENANT_A, () -> {
            insert("committed");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(committedNotes()).containsExactly("committed");
    }

    @Test
    void rollsBackAndRethrowsTheSameRuntimeException() {
        IllegalArgumentException failure = new IllegalArgumentException("boom");

        Throwable thrown = catchThrowable(() -> runner.withoutTenant(() -> {
            insert("rolled back");
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(committedNotes()).isEmpty();
    }

    @Test
    void rollsBackAndRethrowsTheSameError() {
        AssertionError failure = new AssertionError("broken invariant");

        Throwable thrown = catchThrowable(() -> runner.inTenant(TENANT_A, () -> {
            insert("rolled back");
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(committedNotes()).isEmpty();
    }

    @Test
    void nestedCallsJoinTheOpenTransaction() {
        List<String> outerAndInner = runner.withoutTenant(() -> {
            String outer = backendAndTransaction();
            String inner = runner.inTenant(TENANT_A, this::backendAndTransaction);
            return List.of(outer, inner, backendAndTransaction());
        });

        assertThat(outerAndInner).containsOnly(outerAndInner.get(0));
    }

    @Test
    void workOfANestedCallRollsBackWithTheOuterTransaction() {
        RuntimeException failure = new IllegalStateException("outer failed");

        Throwable thrown = catchThrowable(() -> runner.inTenant(TENANT_A, () -> {
            runner.inTenant(TENANT_A, () -> insert("inner"));
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(committedNotes()).isEmpty();
    }

    @Test
    void bindsTheTenantInsideInTenantOnly() {
        try (HikariDataSource oneConnection = singleConnectionPool()) {
            JdbcTransactionRunner single = new JdbcTransactionRunner(oneConnection);

            String before = single.withoutTenant(() -> tenantSetting(single));
            String inside = single.inTenant(TENANT_A, () -> tenantSetting(single));
            String after = single.withoutTenant(() -> tenantSetting(single));

            assertThat(before).isNullOrEmpty();
            assertThat(inside).isEqualTo(TENANT_A.value().toString());
            assertThat(after).isNullOrEmpty();
        }
    }

    @Test
    void nestedInTenantBindsAnUnboundTransaction() {
        String setting = runner.withoutTenant(() -> {
            runner.inTenant(TENANT_B, () -> "bound");
            return tenantSetting(runner);
        });

        assertThat(setting).isEqualTo(TENANT_B.value().toString());
    }

    @Test
    void nestedInTenantWithAnotherTenantIsRefused() {
        Throwable thrown = catchThrowable(() -> runner.inTenant(TENANT_A, () -> {
            insert("never committed");
            return runner.inTenant(TENANT_B, () -> "should not run");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining(TENANT_B.toString());
        assertThat(committedNotes()).isEmpty();
    }

    @Test
    void dslIsOnlyAvailableInsideATransaction() {
        assertThatThrownBy(() -> runner.dsl())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no transaction open");

        Integer one = runner.withoutTenant(() -> runner.dsl().fetchSingle("select 1").get(0, Integer.class));

        assertThat(one).isEqualTo(1);
    }

    @Test
    void releasesTheConnectionAfterEveryOutcome() {
        for (int i = 0; i < 10; i++) {
            catchThrowable(() -> runner.withoutTenant(() -> {
                throw new IllegalStateException("fail");
            }));
            runner.withoutTenant(() -> "ok");
        }

        assertThatThrownBy(() -> runner.dsl()).isInstanceOf(IllegalStateException.class);
        assertThat(database.ownerDataSource().getHikariPoolMXBean().getActiveConnections()).isZero();
    }

    @Test
    void restoresAutoCommitOnTheConnection() throws SQLException {
        try (HikariDataSource oneConnection = singleConnectionPool()) {
            new JdbcTransactionRunner(oneConnection).withoutTenant(() -> "ok");

            try (Connection connection = oneConnection.getConnection()) {
                assertThat(connection.getAutoCommit()).isTrue();
            }
        }
    }

    private Void insert(String text) {
        runner.dsl().execute("insert into note (text) values (?)", text);
        return null;
    }

    private String backendAndTransaction() {
        return runner.dsl().fetchSingle("select pg_backend_pid() || '/' || txid_current()").get(0, String.class);
    }

    private static String tenantSetting(JdbcTransactionRunner in) {
        return in.dsl().fetchSingle("select current_setting('app.tenant_id', true)").get(0, String.class);
    }

    private static List<String> committedNotes() {
        try (Connection connection = database.ownerDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select text from note order by text")) {
            List<String> texts = new ArrayList<>();
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
            return texts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HikariDataSource singleConnectionPool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.coordinates().jdbcUrl());
        config.setUsername(database.coordinates().username());
        config.setPassword(database.coordinates().password());
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }
}
