package io.smbhub.adapter.postgres;

import io.smbhub.application.contract.AiAdapters;
import io.smbhub.application.contract.InboxAdapters;
import io.smbhub.application.contract.PortAdapters;

/** The jOOQ adapters of every persistence port on a fresh, migrated test database, for the port contracts. */
final class PostgresPortAdapters {

    private PostgresPortAdapters() {
    }

    /** A new database named after {@code prefix}, migrated; closing the adapters drops it. */
    static PortAdapters create(String prefix) {
        return on(TestDatabases.fresh(prefix));
    }

    /** Migrates {@code database} as its owner; the adapters work on its application-role pool (row-level security holds). */
    static PortAdapters on(TestDatabase database) {
        database.migrate();
        JdbcTransactionRunner tx = new JdbcTransactionRunner(database.dataSource());
        return new PortAdapters(tx, new JooqTenantRepository(tx), new JooqUserAccountRepository(tx),
                new JooqContactRepository(tx), new JooqWorkItemRepository(tx), new JooqQuoteRepository(tx),
                new JooqInvoiceRepository(tx), new JooqPaymentRepository(tx), new JooqDocumentNumberAllocator(tx),
                new JooqAuditLog(tx), new JooqIdempotencyStore(tx), database);
    }

    /** A fixed 32-byte secrets key for tests (never used outside them). */
    static final SecretSealer SEALER = new SecretSealer(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    /** The jOOQ adapters of the issue-5 ports on the database and transaction runner of {@code adapters}. */
    static InboxAdapters inbox(PortAdapters adapters) {
        JdbcTransactionRunner tx = (JdbcTransactionRunner) adapters.tx();
        return new InboxAdapters(new JooqConversationRepository(tx), new JooqMessageRepository(tx),
                new JooqFileRepository(tx), new JooqTemplateRepository(tx), new JooqEmailSettingsRepository(tx, SEALER),
                new JooqOverdueInvoiceScan(tx), new JooqJobQueue(tx));
    }

    /**
     * The jOOQ adapters of the issue-6 ports on the database and transaction runner of {@code adapters}, with the
     * expense store the digest figures read ({@code expenses}, V8).
     */
    static AiAdapters ai(PortAdapters adapters) {
        JdbcTransactionRunner tx = (JdbcTransactionRunner) adapters.tx();
        return new AiAdapters(new JooqAiDraftRepository(tx), new JooqAiSettingsRepository(tx),
                new JooqSopRuleRepository(tx), new JooqDigestRepository(tx), new JooqAiUsageRepository(tx),
                new JooqAiReadModel(tx), new JooqExpenseRepository(tx));
    }
}
