package io.smbhub.adapter.rest.workitem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.domain.workitem.ConversionTarget;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/** A work item in responses (spec smb-hub-prd.md 2.1 "WorkItem", 12.3.3). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "WorkItem")
public record WorkItemDto(UUID id, WorkItemType type, String title, @Nullable String description, WorkItemStatus status,
                          WorkItemPriority priority, @Nullable UUID contactId, @Nullable Instant dueAt,
                          @Nullable UUID assignedTo, WorkItemSource source, Map<String, String> labels,
                          @Nullable UUID quoteId, @Nullable UUID invoiceId,
                          @Nullable @Schema(description = "The inbox conversation it was created from") UUID conversationId,
                          Instant createdAt, Instant updatedAt,
                          long version,
                         @Schema(description = "Actions the caller may take now (spec 12.7); any other action is refused with the reason that left it out")
                         List<String> allowedActions) {

    public static WorkItemDto of(WorkItemView v) {
        return new WorkItemDto(v.id(), v.type(), v.title(), v.description(), v.status(), v.priority(), v.contactId(),
                v.dueAt(), v.assignedTo(), v.source(), v.labels(), v.quoteId(), v.invoiceId(), v.conversationId(), v.createdAt(),
                v.updatedAt(), v.version(),
                v.allowedActions());
    }

    /** Request body of POST /v1/work-items (documentation); PATCH: same fields optional, null clears, plus status. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "WorkItemRequest")
    public record Request(@Schema(example = "Fix leaking faucet") String title, @Nullable WorkItemType type,
                          @Nullable String description, @Nullable WorkItemPriority priority, @Nullable UUID contactId,
                          @Nullable Instant dueAt, @Nullable UUID assignedTo,
                          @Nullable @Schema(description = "Profile fields as text; keys [a-z][a-z0-9_]*; PATCH merges, null removes a key")
                          Map<String, String> labels,
                          @Nullable @Schema(description = "PATCH only") WorkItemStatus status,
                          @Nullable @Schema(description = "PATCH only: refuse with 409 unless this is the current version") Long ifMatchVersion) {
    }

    /** Request body of POST /v1/work-items/{id}/convert. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ConvertRequest")
    public record ConvertRequest(ConversionTarget target) {
    }
}
