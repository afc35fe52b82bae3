package io.smbhub.adapter.postgres;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tenant isolation holds in the database even when the application forgets it (issue 3; ARCHITECTURE.md
 * "Persistence rules"): queries here deliberately carry no tenant filter and run through
 * {@link JdbcTransactionRunner} on the application role's pool, exactly as repositories do. The owner pool
 * (superuser, which row-level security does not hold for) proves the other tenant's rows exist.
 */
@DisplayName("Row-level security keeps tenants apart when a query forgets its tenant filter")
class RowLevelSecurityTest {

    private static final String APP_ROLE = PostgresMigrations.DEFAULT_APP_ROLE;

    private static final TenantId A = new TenantId(UUID.fromString("018f0000-0000-7000-8000-0000000000aa"));
    private static final TenantId B = new TenantId(UUID.fromString("018f0000-0000-7000-8000-0000000000bb"));
    /** Member of A and B. */
    private static final UserId USER = new UserId(UUID.fromString("018f0000-0000-7000-8000-00000000001a"));
    /** Member of A only. */
    private static final UserId COLLEAGUE = new UserId(UUID.fromString("018f0000-0000-7000-8000-00000000002a"));

    private static TestDatabase database;
    private static JdbcTransactionRunner tx;

    @BeforeAll
    static void twoTenantsWithRows() {
        database = TestDatabases.fresh("row_level_security").migrate();
        tx = new JdbcTransactionRunner(database.dataSource());
        tx.withoutTenant(() -> {
            insertTenant(A);
            insertTenant(B);
            insertUser(USER, "user@rls.test");
            insertUser(COLLEAGUE, "colleague@rls.test");
            return null;
        });
        tx.inTenant(A, () -> {
            insertContact(A, "Ann of A");
            insertContact(A, "Bob of A");
            insertInvoice(A, "INV-000001");
            insertAudit(A, "contact.created");
            insertInboxRows(A);
            insertExpense(A, "12.50");
            insertAiRows(A);
            insertMember(A, USER, "OWNER");
            insertMember(A, COLLEAGUE, "STAFF");
            return null;
        });
        tx.inTenant(B, () -> {
            insertContact(B, "Cid of B");
            insertInvoice(B, "INV-000001");
            insertInvoice(B, "INV-000002");
            insertAudit(B, "invoice.created");
            insertAudit(B, "invoice.sent");
            insertInboxRows(B);
            insertInboxRows(B);
            insertExpense(B, "7.00");
            insertExpense(B, "8.00");
            insertAiRows(B);
            insertMember(B, USER, "VIEWER");
            return null;
        });
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Nested
    @DisplayName("a query without a tenant filter")
    class ForgottenFilter {

        @ParameterizedTest(name = "select * from {0} in tenant A's transaction returns A's rows only")
        @ValueSource(strings = {"contacts", "invoices", "audit_log", "tenant_members", "conversations", "messages",
                "files", "templates", "email_settings", "expenses", "ai_drafts", "ai_settings", "sop_rules", "ai_digests",
                "ai_usage"})
        void seesOnlyTheBoundTenantsRows(String table) throws SQLException {
            assertThat(ownerCount(table, B)).as("B has rows in %s", table).isPositive();

            List<UUID> tenantsSeen = tx.inTenant(A, () -> tenantIdsIn(table));

            assertThat(tenantsSeen).hasSize(ownerCount(table, A)).containsOnly(A.value());
        }

        @ParameterizedTest(name = "select * from {0} outside any tenant returns nothing")
        @ValueSource(strings = {"contacts", "invoices", "audit_log", "tenant_members", "document_sequences",
                "idempotency_keys", "member_invitations", "payments", "quotes", "work_items", "conversations",
                "messages", "files", "templates", "email_settings", "expenses", "ai_drafts", "ai_settings", "sop_rules",
                "ai_digests", "ai_usage"})
        void seesNothingWithoutATenant(String table) {
            assertThat(tx.withoutTenant(() -> tenantIdsIn(table))).isEmpty();
        }

        @Test
        void asksForAnotherTenantsRowsByIdAndGetsNone() {
            List<Record> rows = tx.inTenant(A, () -> tx.dsl()
                    .fetch("select * from invoices where tenant_id = ?", B.value()));

            assertThat(rows).isEmpty();
        }
    }

    @Nested
    @DisplayName("writing another tenant's rows")
    class CrossTenantWrites {

        @Test
        void insertingARowOfTenantBInTenantAsTransactionFails() throws SQLException {
            int before = ownerCount("contacts", B);

            Throwable thrown = catchThrowable(() -> tx.inTenant(A, () -> insertContact(B, "Smuggled into B")));

            assertThat(thrown).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("new row violates row-level security policy");
            assertThat(ownerCount("contacts", B)).isEqualTo(before);
        }

        @Test
        void movingARowOfTenantAToTenantBFails() throws SQLException {
            Throwable thrown = catchThrowable(() -> tx.inTenant(A, () ->
                    tx.dsl().execute("update contacts set tenant_id = ?", B.value())));

            assertThat(thrown).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("new row violates row-level security policy");
            assertThat(ownerCount("contacts", A)).isEqualTo(2);
        }

        @Test
        void updatesAndDeletesWithoutATenantFilterLeaveTenantBUntouched() throws SQLException {
            List<String> namesOfB = ownerStrings("select display_name from contacts where tenant_id = ?", B);

            int changed = tx.inTenant(A, () -> tx.dsl()
                    .execute("update contacts set notes = 'seen by A' where tenant_id = ?", B.value()));
            int deleted = tx.withoutTenant(() -> tx.dsl().execute("delete from invoices"));

            assertThat(changed).isZero();
            assertThat(deleted).isZero();
            assertThat(ownerStrings("select display_name from contacts where tenant_id = ? and notes is null", B))
                    .isEqualTo(namesOfB);
            assertThat(ownerCount("invoices", B)).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("a user-bound transaction (login)")
    class UserBound {

        @Test
        void seesThatUsersMembershipsInEveryTenantAndNoOneElses() {
            List<Record> memberships = tx.forUser(USER, () -> tx.dsl()
                    .fetch("select tenant_id, user_id from tenant_members order by tenant_id"));

            assertThat(memberships).extracting(r -> r.get("user_id", UUID.class)).containsOnly(USER.value());
            assertThat(memberships).extracting(r -> r.get("tenant_id", UUID.class))
                    .containsExactly(A.value(), B.value());
        }

        @ParameterizedTest(name = "select * from {0} for a bound user returns nothing")
        @ValueSource(strings = {"contacts", "invoices", "audit_log", "member_invitations"})
        void seesNoRowsOfOtherTenantTables(String table) {
            assertThat(tx.forUser(USER, () -> tenantIdsIn(table))).isEmpty();
        }

        @Test
        void cannotWriteMemberships() {
            Throwable thrown = catchThrowable(() -> tx.forUser(USER, () -> insertMember(B, COLLEAGUE, "OWNER")));

            assertThat(thrown).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("new row violates row-level security policy");
        }
    }

    @Nested
    @DisplayName("the audit log")
    class AppendOnlyAuditLog {

        private List<String> entries() throws SQLException {
            return ownerStrings("select tenant_id || ' ' || action from audit_log order by 1", null);
        }

        @ParameterizedTest(name = "the application role is refused: {0}")
        @ValueSource(strings = {"update audit_log set action = 'tampered'", "delete from audit_log",
                "truncate audit_log"})
        void refusesChangesToTheApplicationRole(String statement) throws SQLException {
            List<String> before = entries();

            Throwable thrown = catchThrowable(() -> tx.inTenant(A, () -> tx.dsl().execute(statement)));

            assertThat(thrown).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("permission denied for table audit_log");
            assertThat(entries()).isEqualTo(before).hasSize(3);
        }

        @ParameterizedTest(name = "the owner is refused: {0}")
        @ValueSource(strings = {"update audit_log set action = 'tampered'", "delete from audit_log",
                "truncate audit_log", "update audit_log set action = 'tampered' where false"})
        void refusesChangesToTheOwnerToo(String statement) throws SQLException {
            List<String> before = entries();

            Throwable thrown = catchThrowable(() -> ownerExecute(statement));

            assertThat(thrown).isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit_log is append-only");
            assertThat(entries()).isEqualTo(before).hasSize(3);
        }
    }

    @Nested
    @DisplayName("the catalogue (fails the build when a tenant table lacks row-level security)")
    class Catalogue {

        /**
         * Platform tables that record on whose behalf a row exists but are read across tenants by design, so they have
         * no row-level security: the job queue (workers claim every tenant's jobs; tenant reads filter explicitly).
         */
        private static final String PLATFORM_TABLES_WITH_TENANT_ID = "'jobs'";

        private static final String TENANT_TABLES_WITHOUT_ISOLATION = """
                select c.relname::text || case when not c.relrowsecurity then ' (row-level security off)'
                                               when not c.relforcerowsecurity then ' (not forced)'
                                               else ' (no policy)' end
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and c.relname not in (%s)
                  and exists (select from pg_attribute a
                              where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                  and (not c.relrowsecurity or not c.relforcerowsecurity
                       or not exists (select from pg_policy p where p.polrelid = c.oid))
                order by 1""".formatted(PLATFORM_TABLES_WITH_TENANT_ID);

        @Test
        void theOnlyPlatformTableWithATenantIdIsTheJobQueueWhoseTenantIsOptional() throws SQLException {
            assertThat(ownerStrings("""
                    select c.relname || ' ' || c.relrowsecurity || ' ' || a.attnotnull
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                    where n.nspname = 'public' and c.relname in (%s)""".formatted(PLATFORM_TABLES_WITH_TENANT_ID), null))
                    .containsExactly("jobs false false");
        }

        @Test
        void everyTableWithATenantIdHasForcedRowLevelSecurityAndAPolicy() throws SQLException {
            List<String> tenantTables = ownerStrings("""
                    select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                    where n.nspname = 'public' and c.relkind in ('r', 'p')""", null);

            assertThat(tenantTables).contains("contacts", "work_items", "quotes", "invoices", "payments",
                    "document_sequences", "audit_log", "idempotency_keys", "tenant_members", "member_invitations",
                    "conversations", "messages", "files", "templates", "email_settings", "jobs", "expenses",
                    "ai_drafts", "ai_settings", "sop_rules", "ai_digests", "ai_usage");
            assertThat(ownerStrings(TENANT_TABLES_WITHOUT_ISOLATION, null)).isEmpty();
        }

        @ParameterizedTest(name = "a planted tenant table is caught: {0}")
        @ValueSource(strings = {
                "create table planted (tenant_id uuid not null)",
                "create table planted (tenant_id uuid not null); alter table planted enable row level security;"
                        + " create policy p on planted using (true)",
                "create table planted (tenant_id uuid not null); alter table planted enable row level security;"
                        + " alter table planted force row level security"})
        void aTenantTableWithoutForcedRowLevelSecurityAndAPolicyIsCaught(String plant) throws SQLException {
            try (Connection connection = database.ownerDataSource().getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(plant);
                    assertThat(strings(connection, TENANT_TABLES_WITHOUT_ISOLATION, null))
                            .singleElement().asString().startsWith("planted (");
                } finally {
                    connection.rollback();
                }
            }
        }

        @Test
        void theApplicationRoleCanLogInButNotBypassRowLevelSecurityOrCreateAnything() throws SQLException {
            assertThat(ownerStrings("""
                    select concat_ws(',', rolcanlogin, rolsuper, rolbypassrls, rolcreatedb, rolcreaterole)
                    from pg_roles where rolname = '%s'""".formatted(APP_ROLE), null))
                    .containsExactly("t,f,f,f,f");
        }

        @Test
        void theApplicationRoleOwnsNothing() throws SQLException {
            assertThat(ownerStrings("""
                    select 'table ' || relname from pg_class where relowner = '%1$s'::regrole
                    union all select 'function ' || proname from pg_proc where proowner = '%1$s'::regrole
                    union all select 'schema ' || nspname from pg_namespace where nspowner = '%1$s'::regrole
                    union all select 'type ' || typname from pg_type where typowner = '%1$s'::regrole"""
                    .formatted(APP_ROLE), null)).isEmpty();
        }

        @Test
        void theApplicationRoleHasOnlyTheRowPrivilegesItNeeds() throws SQLException {
            String privileges = """
                    select string_agg(p, ',' order by p) from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE',
                        'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                    where has_table_privilege('%s', '%s', p)""";

            assertThat(ownerStrings(privileges.formatted(APP_ROLE, "audit_log"), null)).containsExactly("INSERT,SELECT");
            assertThat(ownerStrings(privileges.formatted(APP_ROLE, "profiles"), null)).containsExactly("INSERT,SELECT");
            assertThat(ownerStrings(privileges.formatted(APP_ROLE, "invoices"), null))
                    .containsExactly("DELETE,INSERT,SELECT,UPDATE");
            assertThat(ownerStrings(privileges.formatted(APP_ROLE, "flyway_schema_history"), null))
                    .containsExactly((String) null);
        }
    }

    @Nested
    @DisplayName("the AI tables (V7)")
    class AiTables {

        @Test
        void theCrossTenantFunctionsAnswerEveryTenantWithNoTenantBound() {
            List<UUID> zones = tx.withoutTenant(() -> tx.dsl().fetch("select tenant_id from tenant_zones()")
                    .getValues(0, UUID.class));
            List<Record> usage = tx.withoutTenant(() -> tx.dsl().fetch("""
                    select tenant_id, calls, input_tokens, cost_usd
                    from ai_usage_by_tenant(now() - interval '1 day', now() + interval '1 day')"""));

            assertThat(zones).contains(A.value(), B.value());
            assertThat(usage).extracting(r -> r.get(0, UUID.class) + " " + r.get(1, Long.class) + " "
                    + r.get(2, Long.class) + " " + r.get(3, String.class))
                    .contains(A.value() + " 1 100 0.000055", B.value() + " 1 100 0.000055");
            assertThat(tx.withoutTenant(() -> tenantIdsIn("ai_usage"))).isEmpty();
        }

        @Test
        void theCrossTenantFunctionsAreSecurityDefinerWithAPinnedSearchPathAndNotExecutableByPublic() throws SQLException {
            assertThat(ownerStrings("""
                    select p.proname || ' ' || p.prosecdef || ' ' || array_to_string(p.proconfig, ';') || ' '
                           || has_function_privilege('%s', p.oid, 'EXECUTE') || ' '
                           || exists (select from aclexplode(p.proacl) a where a.grantee = 0)
                    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname = 'public' and p.proname in ('tenant_zones', 'ai_usage_by_tenant')
                    order by 1""".formatted(APP_ROLE), null))
                    .containsExactly("ai_usage_by_tenant true search_path=public, pg_temp true false",
                            "tenant_zones true search_path=public, pg_temp true false");
        }

        @Test
        void theUsageLedgerIsAppendOnlyForTheApplicationRole() throws SQLException {
            assertThat(ownerStrings("""
                    select string_agg(p, ',' order by p) from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE',
                        'TRUNCATE']) p
                    where has_table_privilege('%s', 'ai_usage', p)""".formatted(APP_ROLE), null))
                    .containsExactly("INSERT,SELECT");

            Throwable thrown = catchThrowable(() -> tx.inTenant(A, () -> tx.dsl()
                    .execute("update ai_usage set cost_usd = 0")));

            assertThat(thrown).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("permission denied for table ai_usage");
        }
    }

    // ---------------------------------------------------------------- fixtures (plain SQL through the runner)

    private static List<UUID> tenantIdsIn(String table) {
        return tx.dsl().fetch("select * from " + table).getValues("tenant_id", UUID.class);
    }

    private static Void insertTenant(TenantId tenant) {
        tx.dsl().execute("""
                insert into tenants (id, name, profile_id, timezone, currency, created_at, updated_at)
                values (?, ?, 'general', 'UTC', 'USD', now(), now())""", tenant.value(), "Tenant " + tenant);
        return null;
    }

    private static Void insertUser(UserId user, String email) {
        tx.dsl().execute("insert into user_accounts (id, email, password_hash, created_at) values (?, ?, 'x', now())",
                user.value(), email);
        return null;
    }

    private static Void insertMember(TenantId tenant, UserId user, String role) {
        tx.dsl().execute("""
                insert into tenant_members (tenant_id, user_id, role, status, created_at, updated_at)
                values (?, ?, ?, 'ACTIVE', now(), now())""", tenant.value(), user.value(), role);
        return null;
    }

    private static Void insertContact(TenantId tenant, String name) {
        tx.dsl().execute("""
                insert into contacts (tenant_id, id, type, display_name, status, created_at, updated_at, version)
                values (?, gen_random_uuid(), 'CUSTOMER', ?, 'ACTIVE', now(), now(), 1)""", tenant.value(), name);
        return null;
    }

    private static Void insertInvoice(TenantId tenant, String number) {
        tx.dsl().execute("""
                insert into invoices (tenant_id, id, invoice_number, status, currency, subtotal, discount_total,
                                      tax_total, total, amount_paid, amount_due, created_at, updated_at, version)
                values (?, gen_random_uuid(), ?, 'DRAFT', 'USD', 10, 0, 0, 10, 0, 10, now(), now(), 1)""",
                tenant.value(), number);
        return null;
    }

    /**
     * One conversation with one message, a file, a template, and (once per tenant) the email settings, all of
     * {@code tenant}.
     */
    private static void insertInboxRows(TenantId tenant) {
        tx.dsl().execute("""
                with c as (
                    insert into conversations (tenant_id, id, channel, participant_address, status, unread,
                                               last_message_at, created_at, updated_at, version)
                    values (?, gen_random_uuid(), 'EMAIL', 'x@client.test', 'OPEN', true, now(), now(), now(), 1)
                    returning tenant_id, id)
                insert into messages (tenant_id, id, conversation_id, direction, from_address, to_addresses, body_text,
                                      internet_message_id, status, created_at, updated_at, version)
                select tenant_id, gen_random_uuid(), id, 'INBOUND', 'x@client.test', '[]', 'hi',
                       gen_random_uuid()::text, 'RECEIVED', now(), now(), 1
                from c""", tenant.value());
        tx.dsl().execute("""
                insert into files (tenant_id, id, storage_provider, bucket, object_key, file_name, mime_type, size_bytes,
                                   created_at)
                values (?, gen_random_uuid(), 'LOCAL', 'files', 'k', 'a.pdf', 'application/pdf', 1, now())""",
                tenant.value());
        tx.dsl().execute("""
                insert into templates (tenant_id, id, type, name, content, created_at, updated_at, version)
                values (?, gen_random_uuid(), 'MESSAGE', 'Thanks', 'Thanks!', now(), now(), 1)""", tenant.value());
        tx.dsl().execute("""
                insert into email_settings (tenant_id, from_name, updated_at, version) values (?, 'Sender', now(), 1)
                on conflict do nothing""", tenant.value());
    }

    private static void insertExpense(TenantId tenant, String amount) {
        tx.dsl().execute("""
                insert into expenses (tenant_id, id, status, source, expense_date, amount, currency, created_at,
                                      updated_at, version)
                values (?, gen_random_uuid(), 'DRAFT', 'MANUAL', current_date, ?::numeric, 'USD', now(), now(), 1)""",
                tenant.value(), amount);
    }

    /** One AI draft, the AI settings, the SOP rules, a digest and one AI usage row of {@code tenant} (once per tenant). */
    private static void insertAiRows(TenantId tenant) {
        tx.dsl().execute("""
                insert into ai_drafts (tenant_id, id, source_type, intent, payload, confidence, extractor, status,
                                       created_at, updated_at, version)
                values (?, gen_random_uuid(), 'MANUAL', 'CREATE_WORK_ITEM', '{}', 0.50, 'rules', 'PENDING_QC', now(),
                        now(), 1)""", tenant.value());
        tx.dsl().execute("""
                insert into ai_settings (tenant_id, redaction_enabled, auto_apply_enabled, auto_apply_threshold,
                                         digest_enabled, plan, updated_at, version)
                values (?, true, false, 0.90, true, 'starter', now(), 1)""", tenant.value());
        tx.dsl().execute("insert into sop_rules (tenant_id, updated_at, version) values (?, now(), 1)", tenant.value());
        tx.dsl().execute("""
                insert into ai_digests (tenant_id, day, figures, insights_status, created_at)
                values (?, current_date, '{}', 'NO_MODEL', now())""", tenant.value());
        tx.dsl().execute("""
                insert into ai_usage (tenant_id, id, feature, model, input_tokens, output_tokens, cost_usd, created_at)
                values (?, gen_random_uuid(), 'DIGEST', 'gemini-2.5-flash', 100, 10, 0.000055, now())""",
                tenant.value());
    }

    private static Void insertAudit(TenantId tenant, String action) {
        tx.dsl().execute("""
                insert into audit_log (tenant_id, id, action, entity_type, created_at)
                values (?, gen_random_uuid(), ?, 'contact', now())""", tenant.value(), action);
        return null;
    }

    // ---------------------------------------------------------------- the owner's view (row-level security skipped)

    private static int ownerCount(String table, TenantId tenant) throws SQLException {
        return Integer.parseInt(ownerStrings("select count(*) from " + table + " where tenant_id = ?", tenant).get(0));
    }

    private static List<String> ownerStrings(String sql, TenantId tenant) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection()) {
            return strings(connection, sql, tenant);
        }
    }

    private static List<String> strings(Connection connection, String sql, TenantId tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (tenant != null) {
                statement.setObject(1, tenant.value());
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    private static void ownerExecute(String sql) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
