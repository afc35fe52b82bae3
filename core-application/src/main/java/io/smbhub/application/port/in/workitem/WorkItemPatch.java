package io.smbhub.application.port.in.workitem;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A partial work item update (spec smb-hub-prd.md 12.3.3 PATCH: status, assignment, fields). A {@code null}
 * field is unchanged; an empty string clears {@code description}; {@code Optional.empty()} clears
 * {@code contactId}, {@code dueAt} or {@code assignedTo}; {@code labels} are merged key by key and a
 * {@code null} or empty value removes the key.
 */
public record WorkItemPatch(WorkItemType type, String title, String description, WorkItemPriority priority,
                            Optional<ContactId> contactId, Optional<Instant> dueAt, Map<String, String> labels,
                            WorkItemStatus status, Optional<UserId> assignedTo) {
}
