package io.smbhub.application.port.in.workitem;

import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;

import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/** A work item as clients read it (spec smb-hub-prd.md 2.1, 12.3.3); ids of linked objects (contact, quote, invoice, the inbox conversation it came from) may be null; times UTC. */
public record WorkItemView(UUID id, WorkItemType type, String title, String description, WorkItemStatus status,
                           WorkItemPriority priority, UUID contactId, Instant dueAt, UUID assignedTo,
                           WorkItemSource source, Map<String, String> labels, UUID quoteId, UUID invoiceId,
                           UUID conversationId, Instant createdAt, Instant updatedAt, long version,
        List<String> allowedActions) {
    /**
     * The view of {@code x} at {@code version}; {@code allowedActions} are the actions the asking actor may take
     * now (spec smb-hub-prd.md 12.7; empty in audit snapshots, which leave them out).
     */
    public static WorkItemView of(WorkItem w, long version, List<String> allowedActions) {
        var d = w.details();
        return new WorkItemView(w.id().value(), d.type(), d.title(), d.description(), w.status(), d.priority(),
                d.contactId() == null ? null : d.contactId().value(), d.dueAt(),
                w.assignedTo().map(u -> u.value()).orElse(null), w.source(), d.labels(),
                w.quoteId().map(q -> q.value()).orElse(null), w.invoiceId().map(i -> i.value()).orElse(null),
                w.conversationId().map(c -> c.value()).orElse(null), w.createdAt(), w.updatedAt(), version,
                List.copyOf(allowedActions));
    }
}
