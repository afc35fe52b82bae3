package io.smbhub.application.port.out;

import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** File metadata of a tenant (spec smb-hub-prd.md 2.1 File); the bytes live in {@link FileStorage}. Tenant-scoped. */
public interface FileRepository {

    void insert(StoredFile file);

    Optional<StoredFile> findById(TenantId tenant, FileId id);

    /** The files linked to one entity, in upload order. */
    List<StoredFile> listByEntity(TenantId tenant, StoredFile.LinkedEntity type, UUID entityId);

    /** The files linked to each of {@code entityIds} (absent key = none), in upload order. */
    Map<UUID, List<StoredFile>> listByEntities(TenantId tenant, StoredFile.LinkedEntity type, Collection<UUID> entityIds);
}
