package io.smbhub.application.port.in.workitem;

import io.smbhub.domain.shared.WorkItemId;

import java.util.Objects;

/** Apply {@code patch}; a given {@code expectedVersion} that differs from the stored one is a {@code CONFLICT}. */
public record UpdateWorkItemCommand(WorkItemId id, Long expectedVersion, WorkItemPatch patch) {
    public UpdateWorkItemCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patch, "patch");
    }
}
