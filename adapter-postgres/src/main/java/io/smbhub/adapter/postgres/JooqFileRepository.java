package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Files;
import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.StoredFile;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Record;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link FileRepository} on PostgreSQL ({@code files}, row-level security; V6): metadata only, listed in upload order. */
public final class JooqFileRepository implements FileRepository {

    private final JdbcTransactionRunner tx;

    public JooqFileRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    /** Errors: {@code CONFLICT} when the tenant already has a file with this id. */
    @Override
    public void insert(StoredFile f) {
        int inserted = SqlSupport.write("File '" + f.fileName() + "'", () -> tx.dsl().insertInto(Files.TABLE)
                .set(Files.TENANT_ID, f.tenantId().value())
                .set(Files.ID, f.id().value())
                .set(Files.STORAGE_PROVIDER, f.storageProvider())
                .set(Files.BUCKET, f.bucket())
                .set(Files.OBJECT_KEY, f.objectKey())
                .set(Files.FILE_NAME, f.fileName())
                .set(Files.MIME_TYPE, f.mimeType())
                .set(Files.SIZE_BYTES, f.sizeBytes())
                .set(Files.CHECKSUM_SHA256, f.checksumSha256())
                .set(Files.LINKED_ENTITY_TYPE, f.linkedEntityType() == null ? null : f.linkedEntityType().name())
                .set(Files.LINKED_ENTITY_ID, f.linkedEntityId())
                .set(Files.UPLOADED_BY, f.uploadedBy() == null ? null : f.uploadedBy().value())
                .set(Files.CREATED_AT, SqlSupport.micros(f.createdAt()))
                .onConflictDoNothing()
                .execute());
        if (inserted == 0) {
            throw new DomainException(ErrorCode.CONFLICT, "File " + f.id() + " already exists");
        }
    }

    @Override
    public Optional<StoredFile> findById(TenantId tenant, FileId id) {
        return tx.dsl().select(Files.ALL).from(Files.TABLE)
                .where(Files.TENANT_ID.eq(tenant.value()), Files.ID.eq(id.value()))
                .fetchOptional().map(JooqFileRepository::toFile);
    }

    @Override
    public List<StoredFile> listByEntity(TenantId tenant, StoredFile.LinkedEntity type, UUID entityId) {
        return tx.dsl().select(Files.ALL).from(Files.TABLE)
                .where(Files.TENANT_ID.eq(tenant.value()), Files.LINKED_ENTITY_TYPE.eq(type.name()),
                        Files.LINKED_ENTITY_ID.eq(entityId))
                .orderBy(Files.CREATED_AT, Files.ID)
                .fetch(JooqFileRepository::toFile);
    }

    @Override
    public Map<UUID, List<StoredFile>> listByEntities(TenantId tenant, StoredFile.LinkedEntity type,
                                                      Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        return tx.dsl().select(Files.ALL).from(Files.TABLE)
                .where(Files.TENANT_ID.eq(tenant.value()), Files.LINKED_ENTITY_TYPE.eq(type.name()),
                        Files.LINKED_ENTITY_ID.in(entityIds))
                .orderBy(Files.CREATED_AT, Files.ID)
                .fetch(JooqFileRepository::toFile).stream()
                .collect(Collectors.groupingBy(StoredFile::linkedEntityId, LinkedHashMap::new, Collectors.toList()));
    }

    private static StoredFile toFile(Record r) {
        String type = r.get(Files.LINKED_ENTITY_TYPE);
        UUID uploadedBy = r.get(Files.UPLOADED_BY);
        return new StoredFile(new FileId(r.get(Files.ID)), new TenantId(r.get(Files.TENANT_ID)),
                r.get(Files.STORAGE_PROVIDER), r.get(Files.BUCKET), r.get(Files.OBJECT_KEY), r.get(Files.FILE_NAME),
                r.get(Files.MIME_TYPE), r.get(Files.SIZE_BYTES), r.get(Files.CHECKSUM_SHA256),
                type == null ? null : StoredFile.LinkedEntity.valueOf(type), r.get(Files.LINKED_ENTITY_ID),
                uploadedBy == null ? null : new UserId(uploadedBy), r.get(Files.CREATED_AT));
    }
}
