package io.smbhub.application.memory;

import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.StoredFile;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.TenantId;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link FileRepository} in memory, for tests and embedders (metadata only; the bytes live in a {@code FileStorage}). */
public final class InMemoryFileRepository implements FileRepository {

    /** Upload order: created time, then id (as PostgreSQL orders uuid). */
    private static final Comparator<StoredFile> UPLOAD_ORDER = Comparator.comparing(StoredFile::createdAt)
            .thenComparing(f -> f.id().value(), InMemoryTable.UNSIGNED);

    private final InMemoryTable<StoredFile> table;

    public InMemoryFileRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "File", (f, v) -> f);
    }

    /** Errors: {@code CONFLICT} when the tenant already has a file with this id. */
    @Override
    public void insert(StoredFile file) {
        table.save(file.tenantId().value(), file.id().value(), file, 0, f -> 0);
    }

    @Override
    public Optional<StoredFile> findById(TenantId tenant, FileId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public List<StoredFile> listByEntity(TenantId tenant, StoredFile.LinkedEntity type, UUID entityId) {
        return table.all(tenant.value()).stream()
                .filter(f -> f.linkedEntityType() == type && entityId.equals(f.linkedEntityId()))
                .sorted(UPLOAD_ORDER).toList();
    }

    @Override
    public Map<UUID, List<StoredFile>> listByEntities(TenantId tenant, StoredFile.LinkedEntity type,
                                                      Collection<UUID> entityIds) {
        Set<UUID> wanted = Set.copyOf(entityIds);
        return table.all(tenant.value()).stream()
                .filter(f -> f.linkedEntityType() == type && f.linkedEntityId() != null && wanted.contains(f.linkedEntityId()))
                .sorted(UPLOAD_ORDER)
                .collect(Collectors.groupingBy(StoredFile::linkedEntityId, LinkedHashMap::new, Collectors.toList()));
    }
}
