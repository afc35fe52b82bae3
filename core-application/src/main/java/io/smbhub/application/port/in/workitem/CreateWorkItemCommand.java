package io.smbhub.application.port.in.workitem;

import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemSource;

import io.smbhub.domain.shared.ConversationId;

import java.util.Objects;

/**
 * Create a work item; {@code assignedTo} optional (an AGENT's own items are assigned to it); source defaults to
 * MANUAL; {@code conversationId}: the inbox conversation it is made from (null if none).
 */
public record CreateWorkItemCommand(WorkItemDetails details, UserId assignedTo, WorkItemSource source,
                                    ConversationId conversationId) {
    public CreateWorkItemCommand {
        Objects.requireNonNull(details, "details");
        source = source == null ? WorkItemSource.MANUAL : source;
    }

    /** A work item not made from a conversation. */
    public CreateWorkItemCommand(WorkItemDetails details, UserId assignedTo, WorkItemSource source) {
        this(details, assignedTo, source, null);
    }
}
