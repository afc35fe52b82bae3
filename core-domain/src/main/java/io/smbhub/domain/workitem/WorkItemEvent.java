package io.smbhub.domain.workitem;

import io.smbhub.domain.shared.WorkItemId;

import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.UUID;

/** What happened to a work item (spec smb-hub-prd.md 12.2 A "Events"). */
public sealed interface WorkItemEvent extends DomainEvent {

    WorkItemId workItemId();

    record WorkItemCreated(WorkItemId workItemId, Instant occurredAt) implements WorkItemEvent {
        public String action() { return "work_item.created"; }
    }

    record WorkItemUpdated(WorkItemId workItemId, Instant occurredAt) implements WorkItemEvent {
        public String action() { return "work_item.updated"; }
    }

    record WorkItemStatusChanged(WorkItemId workItemId, WorkItemStatus from, WorkItemStatus to, Instant occurredAt)
            implements WorkItemEvent {
        public String action() { return "work_item.status_changed"; }
    }

    record WorkItemAssigned(WorkItemId workItemId, UserId assignee, Instant occurredAt) implements WorkItemEvent {
        public String action() { return "work_item.assigned"; }
    }

    /** The work item was converted into a quote or invoice with id {@code targetId}. */
    record WorkItemConverted(WorkItemId workItemId, ConversionTarget target, UUID targetId, Instant occurredAt)
            implements WorkItemEvent {
        public String action() { return "work_item.converted"; }
    }
}
