package io.smbhub.adapter.postgres;

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
}
