package io.smbhub.adapter.postgres;

import io.smbhub.application.port.out.PortalTokenRepository;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PortalTokenRepository} on PostgreSQL ({@code portal_tokens}, a tenant table under row-level security;
 * {@code V5__portal_tokens.sql}). The hash is stored as 32 bytes ({@code bytea}). {@link #findTenantByHash} calls
 * the {@code SECURITY DEFINER} function {@code portal_token_tenant(bytea)}, the only way the application role
 * reads anything of this table without a tenant bound, and only the tenant id.
 */
public final class JooqPortalTokenRepository implements PortalTokenRepository {

    private static final Table<Record> TABLE = DSL.table(DSL.name("portal_tokens"));
    private static final Field<UUID> TENANT_ID = DSL.field(DSL.name("portal_tokens", "tenant_id"), SQLDataType.UUID);
    private static final Field<UUID> ID = DSL.field(DSL.name("portal_tokens", "id"), SQLDataType.UUID);
    private static final Field<String> DOCUMENT_KIND = DSL.field(DSL.name("portal_tokens", "document_kind"), SQLDataType.VARCHAR);
    private static final Field<UUID> DOCUMENT_ID = DSL.field(DSL.name("portal_tokens", "document_id"), SQLDataType.UUID);
    private static final Field<byte[]> TOKEN_HASH = DSL.field(DSL.name("portal_tokens", "token_hash"), SQLDataType.BLOB);
    private static final Field<Instant> CREATED_AT = DSL.field(DSL.name("portal_tokens", "created_at"), SQLDataType.INSTANT);
    private static final Field<UUID> CREATED_BY = DSL.field(DSL.name("portal_tokens", "created_by"), SQLDataType.UUID);
    private static final Field<Instant> REVOKED_AT = DSL.field(DSL.name("portal_tokens", "revoked_at"), SQLDataType.INSTANT);
    private static final Field<Instant> LAST_USED_AT = DSL.field(DSL.name("portal_tokens", "last_used_at"), SQLDataType.INSTANT);
    private static final List<Field<?>> ALL = List.of(TENANT_ID, ID, DOCUMENT_KIND, DOCUMENT_ID, TOKEN_HASH, CREATED_AT,
            CREATED_BY, REVOKED_AT, LAST_USED_AT);

    private final JdbcTransactionRunner tx;

    public JooqPortalTokenRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void insert(PortalToken token) {
        int inserted = tx.dsl().insertInto(TABLE)
                .set(TENANT_ID, token.tenantId().value())
                .set(ID, token.id())
                .set(DOCUMENT_KIND, token.kind().name())
                .set(DOCUMENT_ID, token.documentId())
                .set(TOKEN_HASH, bytes(token.tokenHash()))
                .set(CREATED_AT, SqlSupport.micros(token.createdAt()))
                .set(CREATED_BY, token.createdBy() == null ? null : token.createdBy().value())
                .set(REVOKED_AT, token.revokedAt() == null ? null : SqlSupport.micros(token.revokedAt()))
                .set(LAST_USED_AT, token.lastUsedAt() == null ? null : SqlSupport.micros(token.lastUsedAt()))
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw new DomainException(ErrorCode.CONFLICT,
                    "Portal link " + token.id() + " conflicts with an existing link (same id or token)");
        }
    }

    @Override
    public Optional<TenantId> findTenantByHash(String tokenHash) {
        UUID tenant = tx.dsl().select(DSL.function(DSL.name("portal_token_tenant"), SQLDataType.UUID,
                DSL.val(bytes(tokenHash), SQLDataType.BLOB))).fetchOne(0, UUID.class);
        return Optional.ofNullable(tenant).map(TenantId::new);
    }

    @Override
    public Optional<PortalToken> findByHash(TenantId tenant, String tokenHash) {
        return tx.dsl().select(ALL).from(TABLE)
                .where(TENANT_ID.eq(tenant.value()), TOKEN_HASH.eq(bytes(tokenHash)))
                .fetchOptional().map(JooqPortalTokenRepository::toToken);
    }

    @Override
    public int revokeAll(TenantId tenant, DocumentKind kind, UUID documentId, Instant at) {
        return tx.dsl().update(TABLE).set(REVOKED_AT, SqlSupport.micros(at))
                .where(TENANT_ID.eq(tenant.value()), DOCUMENT_KIND.eq(kind.name()), DOCUMENT_ID.eq(documentId),
                        REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public void markUsed(TenantId tenant, UUID id, Instant at) {
        tx.dsl().update(TABLE).set(LAST_USED_AT, SqlSupport.micros(at))
                .where(TENANT_ID.eq(tenant.value()), ID.eq(id))
                .execute();
    }

    private static byte[] bytes(String hexHash) {
        return HexFormat.of().parseHex(hexHash);
    }

    private static PortalToken toToken(Record r) {
        UUID createdBy = r.get(CREATED_BY);
        return new PortalToken(r.get(ID), new TenantId(r.get(TENANT_ID)), DocumentKind.valueOf(r.get(DOCUMENT_KIND)),
                r.get(DOCUMENT_ID), HexFormat.of().formatHex(r.get(TOKEN_HASH)), r.get(CREATED_AT),
                createdBy == null ? null : new UserId(createdBy), r.get(REVOKED_AT), r.get(LAST_USED_AT));
    }
}
