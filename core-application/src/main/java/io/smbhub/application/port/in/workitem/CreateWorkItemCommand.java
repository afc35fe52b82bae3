package io.smbhub.application.port.in.workitem;

import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemSource;

import java.util.Objects;

/** Create a work item; {@code assignedTo} optional (an AGENT's own items are assigned to it); source defaults to MANUAL. */
public record CreateWorkItemCommand(WorkItemDetails details, UserId assignedTo, WorkItemSource source) {
    public CreateWorkItemCommand {
        Objects.requireNonNull(details, "details");
        source = source == null ? WorkItemSource.MANUAL : source;
    }
}
