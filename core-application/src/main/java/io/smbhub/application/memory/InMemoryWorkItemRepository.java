package io.smbhub.application.memory;

import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemStatus;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link WorkItemRepository} in memory, for tests and embedders. */
public final class InMemoryWorkItemRepository implements WorkItemRepository {

    private final InMemoryTable<WorkItem> table;

    public InMemoryWorkItemRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Work item", (w, v) -> WorkItem.rehydrate(w.id(), w.tenantId(), w.details(), w.status(),
                w.assignedTo().orElse(null), w.source(), w.quoteId().orElse(null), w.invoiceId().orElse(null),
                w.conversationId().orElse(null), w.createdBy(),
                w.createdAt(), w.updatedAt(), v));
    }

    @Override
    public Optional<WorkItem> findById(TenantId tenant, WorkItemId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public long save(WorkItem item) {
        return table.save(item.tenantId().value(), item.id().value(), item, item.version(), WorkItem::version);
    }

    @Override
    public List<WorkItem> list(TenantId tenant, Filter f, UUID afterId, int limit) {
        String q = f.q() == null || f.q().isBlank() ? null : f.q().strip().toLowerCase(Locale.ROOT);
        return table.list(tenant.value(), w -> (f.status() == null || w.status() == f.status())
                && (f.type() == null || w.details().type() == f.type())
                && (f.assignedTo() == null || w.assignedTo().equals(Optional.of(f.assignedTo())))
                && (f.contactId() == null || Objects.equals(w.details().contactId(), f.contactId()))
                && (q == null || w.details().title().toLowerCase(Locale.ROOT).contains(q)),
                w -> w.id().value(), afterId, limit);
    }

    @Override
    public long countByStatus(TenantId tenant, WorkItemStatus status) {
        return table.all(tenant.value()).stream().filter(w -> w.status() == status).count();
    }
}
