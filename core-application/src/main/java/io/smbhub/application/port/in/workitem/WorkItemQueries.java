package io.smbhub.application.port.in.workitem;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;

/**
 * Reads of work items (spec smb-hub-prd.md 2.3 "Work"); an AGENT sees only items assigned to it.
 * Errors: {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public interface WorkItemQueries {

    /** Filters for {@link #list}; all optional. */
    record ListQuery(WorkItemStatus status, WorkItemType type, UserId assignedTo, ContactId contactId, String q,
                     PageRequest page) {
    }

    WorkItemView get(Actor actor, WorkItemId id);

    Page<WorkItemView> list(Actor actor, ListQuery query);
}
