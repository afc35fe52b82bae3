package io.smbhub.application.port.out;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Work items of a tenant; every method is tenant-scoped. */
public interface WorkItemRepository {

    /** List filter; every part optional. {@code q} matches the title (case-insensitive substring). */
    record Filter(WorkItemStatus status, WorkItemType type, UserId assignedTo, ContactId contactId, String q) {
    }

    Optional<WorkItem> findById(TenantId tenant, WorkItemId id);

    /** Insert or optimistic update, as {@link ContactRepository#save}. Errors: {@code CONFLICT}. */
    long save(WorkItem item);

    /** Newest first, ids strictly below {@code afterId} when given, at most {@code limit}. */
    List<WorkItem> list(TenantId tenant, Filter filter, UUID afterId, int limit);

    long countByStatus(TenantId tenant, WorkItemStatus status);
}
