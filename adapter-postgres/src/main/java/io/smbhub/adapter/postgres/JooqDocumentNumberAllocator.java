package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.DocumentSequences;
import io.smbhub.application.port.out.DocumentNumberAllocator;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;

import java.util.Objects;

/**
 * {@link DocumentNumberAllocator} on PostgreSQL ({@code document_sequences}): one upsert,
 * {@code INSERT … ON CONFLICT DO UPDATE SET last_value = last_value + 1 RETURNING last_value}. The row
 * lock it takes is held until the caller's transaction ends, so concurrent callers for the same tenant and
 * kind queue up and get consecutive numbers, and a rolled-back transaction gives its number back (numbers
 * stay gap-free at the cost of serialising document creation per tenant and kind).
 */
public final class JooqDocumentNumberAllocator implements DocumentNumberAllocator {

    private final JdbcTransactionRunner tx;

    public JooqDocumentNumberAllocator(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public long next(TenantId tenant, DocumentKind kind) {
        return SqlSupport.write("Document sequence " + kind, () -> tx.dsl()
                .insertInto(DocumentSequences.TABLE)
                .set(DocumentSequences.TENANT_ID, tenant.value())
                .set(DocumentSequences.KIND, kind.name())
                .set(DocumentSequences.LAST_VALUE, 1L)
                .onConflict(DocumentSequences.TENANT_ID, DocumentSequences.KIND)
                .doUpdate()
                .set(DocumentSequences.LAST_VALUE, DocumentSequences.LAST_VALUE.plus(1L))
                .returningResult(DocumentSequences.LAST_VALUE)
                .fetchSingle()
                .value1());
    }
}
