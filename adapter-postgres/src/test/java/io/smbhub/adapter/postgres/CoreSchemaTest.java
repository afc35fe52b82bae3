package io.smbhub.adapter.postgres;

import io.smbhub.application.memory.SequentialIdGenerator;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The migrated schema keeps the persistence rules of ARCHITECTURE.md, checked in PostgreSQL's catalog, and
 * the database itself refuses cross-tenant references.
 */
class CoreSchemaTest {

    /**
     * Directory and platform tables: no tenant_id in their key (webhook events learn their tenant from the payload;
     * jobs carry a nullable tenant_id only to say on whose behalf they run).
     */
    private static final List<String> GLOBAL_TABLES = List.of("tenants", "user_accounts", "profiles",
            "flyway_schema_history", "webhook_events", "jobs");
    private static final List<String> TENANT_TABLES = List.of("tenant_members", "contacts", "work_items", "quotes",
            "invoices", "payments", "document_sequences", "audit_log", "idempotency_keys", "member_invitations",
            "payment_accounts", "portal_tokens", "conversations", "messages", "files", "templates", "email_settings",
            "expenses", "ai_drafts", "ai_settings", "sop_rules", "ai_digests", "ai_usage");

    private static final SequentialIdGenerator IDS = new SequentialIdGenerator();
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.fresh("core_schema");
        database.migrate();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void everyTenantTableHasTenantIdFirstInItsPrimaryKey() throws SQLException {
        List<String> tables = rows("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' order by 1""");
        assertThat(tables).containsAll(TENANT_TABLES).containsAll(GLOBAL_TABLES.subList(0, 3));
        List<String> tenantTables = tables.stream().filter(t -> !GLOBAL_TABLES.contains(t)).toList();
        assertThat(tenantTables).containsExactlyInAnyOrderElementsOf(TENANT_TABLES);

        Map<String, String> firstKeyColumn = pairs("""
                select c.relname, a.attname
                from pg_constraint k join pg_class c on c.oid = k.conrelid
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                where k.contype = 'p'""");
        Map<String, String> tenantIdType = pairs("""
                select table_name, data_type || ' ' || is_nullable from information_schema.columns
                where table_schema = 'public' and column_name = 'tenant_id'""");

        for (String table : TENANT_TABLES) {
            assertThat(firstKeyColumn).as("first primary-key column of %s", table).containsEntry(table, "tenant_id");
            assertThat(tenantIdType).as("tenant_id of %s", table).containsEntry(table, "uuid NO");
        }
    }

    @Test
    void everyForeignKeyBetweenTenantTablesStartsWithTenantIdOnBothSides() throws SQLException {
        List<String> foreignKeys = rows("""
                select k.conname || ' ' || c.relname || '(' || la.attname || ') -> ' || r.relname || '(' || ra.attname || ')'
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid
                join pg_class r on r.oid = k.confrelid
                join pg_attribute la on la.attrelid = k.conrelid and la.attnum = k.conkey[1]
                join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1]
                where k.contype = 'f' order by 1""");

        assertThat(foreignKeys).hasSizeGreaterThan(15);
        for (String fk : foreignKeys) {
            if (fk.contains("-> user_accounts(")) {
                assertThat(fk).endsWith("tenant_members(user_id) -> user_accounts(id)");
            } else if (fk.contains("-> tenants(")) {
                assertThat(fk).endsWith("(tenant_id) -> tenants(id)");
            } else {
                assertThat(fk).as("foreign key %s", fk).matches(".*\\(tenant_id\\) -> \\w+\\(tenant_id\\)");
            }
        }
        assertThat(foreignKeys).anyMatch(fk -> fk.startsWith("invoices_contact_fk invoices(tenant_id) -> contacts(tenant_id)"))
                .anyMatch(fk -> fk.startsWith("messages_conversation_fk messages(tenant_id) -> conversations(tenant_id)"))
                .anyMatch(fk -> fk.startsWith("work_items_conversation_fk work_items(tenant_id) -> conversations(tenant_id)"))
                .contains("jobs_tenant_fk jobs(tenant_id) -> tenants(id)")
                .anyMatch(fk -> fk.startsWith("expenses_vendor_contact_fk expenses(tenant_id) -> contacts(tenant_id)"))
                .anyMatch(fk -> fk.startsWith("expenses_receipt_file_fk expenses(tenant_id) -> files(tenant_id)"));
    }

    @Test
    void moneyIsNumericAndTimesAreTimestamptzWithNoFloatingPointAnywhere() throws SQLException {
        Map<String, String> types = pairs("""
                select table_name || '.' || column_name, data_type from information_schema.columns
                where table_schema = 'public' and table_name <> 'flyway_schema_history'""");

        assertThat(types.values()).doesNotContain("real", "double precision", "timestamp without time zone", "money");
        for (String money : List.of("quotes.subtotal", "quotes.total", "invoices.amount_paid", "invoices.amount_due",
                "invoices.tax_total", "invoices.discount_total", "payments.amount", "expenses.amount",
                "expenses.tax_total", "expenses.ai_confidence")) {
            assertThat(types).containsEntry(money, "numeric");
        }
        for (String currency : List.of("tenants.currency", "quotes.currency", "invoices.currency", "payments.currency",
                "expenses.currency")) {
            assertThat(types).containsEntry(currency, "character");
        }
        types.forEach((column, type) -> {
            if (column.endsWith("_at")) {
                assertThat(type).as(column).isEqualTo("timestamp with time zone");
            }
        });
        assertThat(types).containsEntry("messages.to_addresses", "jsonb").containsEntry("files.size_bytes", "bigint")
                .containsEntry("templates.profile_scopes", "ARRAY").containsEntry("conversations.version", "bigint");
        assertThat(types).containsEntry("invoices.version", "bigint").containsEntry("invoices.line_items", "jsonb")
                .containsEntry("work_items.labels", "jsonb").containsEntry("contacts.tags", "ARRAY");
    }

    @Test
    void theAiTablesKeepExactDecimalsJsonDocumentsAndOneDraftPerSource() throws SQLException {
        Map<String, String> types = pairs("""
                select table_name || '.' || column_name,
                       data_type || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')
                from information_schema.columns
                where table_schema = 'public' and table_name in ('ai_drafts', 'ai_settings', 'sop_rules', 'ai_digests',
                                                                 'ai_usage')""");
        Map<String, String> indexes = pairs("""
                select indexname, indexdef from pg_indexes
                where schemaname = 'public' and tablename = 'ai_drafts'""");

        assertThat(types).containsEntry("ai_drafts.confidence", "numeric(3,2)")
                .containsEntry("ai_settings.auto_apply_threshold", "numeric(3,2)")
                .containsEntry("ai_usage.cost_usd", "numeric(18,6)")
                .containsEntry("ai_usage.input_tokens", "bigint(64,0)")
                .containsEntry("ai_usage.output_tokens", "bigint(64,0)")
                .containsEntry("ai_drafts.payload", "jsonb").containsEntry("ai_settings.custom_patterns", "jsonb")
                .containsEntry("sop_rules.rules", "jsonb").containsEntry("ai_digests.figures", "jsonb")
                .containsEntry("ai_digests.insights", "jsonb").containsEntry("ai_digests.day", "date")
                .containsEntry("ai_drafts.version", "bigint(64,0)");
        assertThat(indexes.get("ai_drafts_source_key"))
                .contains("UNIQUE", "(tenant_id, source_type, source_id)", "WHERE (source_id IS NOT NULL)");
        assertThat(indexes.get("ai_drafts_queue_idx")).contains("(tenant_id, status, created_at, id)");
    }

    @Test
    void theJobQueueAcceptsTheDailyDigestJob() {
        JdbcTransactionRunner tx = new JdbcTransactionRunner(database.dataSource());

        boolean enqueued = tx.withoutTenant(() -> new JooqJobQueue(tx).enqueue(JobQueue.Kind.AI_DIGEST,
                "digest-" + IDS.newId(), "{}", Instant.parse("2026-03-02T22:00:00Z")));

        assertThat(enqueued).isTrue();
    }

    @Test
    void anInvoiceCannotPointAtAnotherTenantsContact() {
        JdbcTransactionRunner tx = new JdbcTransactionRunner(database.dataSource());
        JooqTenantRepository tenants = new JooqTenantRepository(tx);
        TenantId a = new TenantId(IDS.newId());
        TenantId b = new TenantId(IDS.newId());
        Instant now = Instant.parse("2026-01-05T09:00:00Z");
        tx.withoutTenant(() -> {
            tenants.insert(Tenant.create(a, "A", "general", "UTC", "USD", null, now));
            tenants.insert(Tenant.create(b, "B", "general", "UTC", "USD", null, now));
            return null;
        });
        Contact contactOfA = Contact.create(new ContactId(IDS.newId()), a,
                new ContactDetails(null, "Only in A", null, null, null, null, null, null, null), null, now);
        tx.inTenant(a, () -> new JooqContactRepository(tx).save(contactOfA));
        Invoice invoiceOfB = Invoice.create(new InvoiceId(IDS.newId()), b, "INV-000001",
                new InvoiceDetails(contactOfA.id(), "USD", null, null, List.of(), null, null), null, null, null, now);

        Throwable thrown = catchThrowable(() -> tx.inTenant(b, () -> new JooqInvoiceRepository(tx).save(invoiceOfB)));

        assertThat(thrown).isInstanceOf(DomainException.class);
        assertThat(((DomainException) thrown).code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(thrown).hasMessageContaining("invoices_contact_fk");
        assertThat(tx.inTenant(b, () -> new JooqInvoiceRepository(tx).findById(b, invoiceOfB.id()))).isEmpty();
    }

    @Test
    void timesAreStoredAtMicrosecondsTruncatingNanoseconds() {
        JdbcTransactionRunner tx = new JdbcTransactionRunner(database.dataSource());
        TenantId tenant = new TenantId(IDS.newId());
        Instant withNanos = Instant.parse("2026-01-05T09:00:00.123456999Z");
        tx.withoutTenant(() -> {
            new JooqTenantRepository(tx).insert(Tenant.create(tenant, "Nanos", "general", "UTC", "USD", null, withNanos));
            return null;
        });

        Instant stored = tx.withoutTenant(() -> new JooqTenantRepository(tx).findById(tenant)).orElseThrow().createdAt();

        assertThat(stored).isEqualTo(Instant.parse("2026-01-05T09:00:00.123456Z"));
    }

    private static List<String> rows(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static Map<String, String> pairs(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            Map<String, String> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        }
    }
}
