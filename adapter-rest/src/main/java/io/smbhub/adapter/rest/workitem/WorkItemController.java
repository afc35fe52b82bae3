package io.smbhub.adapter.rest.workitem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.ConversionDto;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.workitem.ConvertWorkItemUseCase;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.application.port.in.workitem.CreateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.UpdateWorkItemCommand;
import io.smbhub.application.port.in.workitem.UpdateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.WorkItemPatch;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.ConversionTarget;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Work items (spec smb-hub-prd.md 2.3 "Work", 12.3.3). */
@Controller("/v1/work-items")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Work items")
public class WorkItemController {

    private final CreateWorkItemUseCase create;
    private final UpdateWorkItemUseCase update;
    private final ConvertWorkItemUseCase convert;
    private final WorkItemQueries queries;
    private final IdempotentRequests idempotent;

    public WorkItemController(CreateWorkItemUseCase create, UpdateWorkItemUseCase update, ConvertWorkItemUseCase convert,
                              WorkItemQueries queries, IdempotentRequests idempotent) {
        this.create = create;
        this.update = update;
        this.convert = convert;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listWorkItems", summary = "List work items, newest first (an AGENT sees its assigned items only)")
    public HttpResponse<Envelope<List<WorkItemDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = WorkItemStatus.class)) String status,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = WorkItemType.class)) String type,
            @Nullable @QueryValue("assigned_to") @Parameter(schema = @Schema(format = "uuid")) String assignedTo,
            @Nullable @QueryValue("contact_id") @Parameter(schema = @Schema(format = "uuid")) String contactId,
            @Nullable @QueryValue String q, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        UUID assignee = QueryParams.uuid("assigned_to", assignedTo);
        UUID contact = QueryParams.uuid("contact_id", contactId);
        var query = new WorkItemQueries.ListQuery(QueryParams.enumValue("status", status, WorkItemStatus.class),
                QueryParams.enumValue("type", type, WorkItemType.class), assignee == null ? null : new UserId(assignee),
                contact == null ? null : new ContactId(contact), QueryParams.text(q), QueryParams.page(limit, cursor));
        return Responses.page(request, queries.list(actor, query), WorkItemDto::of);
    }

    @Post
    @Operation(operationId = "createWorkItem", summary = "Create a work item in status NEW")
    @RequestBody(content = @Content(schema = @Schema(implementation = WorkItemDto.Request.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<WorkItemDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                      @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        UUID contact = json.uuid("contact_id");
        UUID assignee = json.uuid("assigned_to");
        Map<String, String> labels = labels(json);
        WorkItemDetails details = new WorkItemDetails(json.enumValue("type", WorkItemType.class), json.string("title"),
                json.string("description"), json.enumValue("priority", WorkItemPriority.class),
                contact == null ? null : new ContactId(contact), json.instant("due_at"), labels);
        var command = new CreateWorkItemCommand(details, assignee == null ? null : new UserId(assignee), WorkItemSource.MANUAL);
        return idempotent.respond(actor, request, body, HttpStatus.CREATED,
                () -> create.create(actor, command).id().toString(),
                id -> WorkItemDto.of(queries.get(actor, new WorkItemId(UUID.fromString(id)))));
    }

    @Get("/{id}")
    @Operation(operationId = "getWorkItem", summary = "Get a work item")
    public HttpResponse<Envelope<WorkItemDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @PathVariable String id) {
        return Responses.ok(request, WorkItemDto.of(queries.get(actor, workItemId(id))));
    }

    @Patch("/{id}")
    @Operation(operationId = "updateWorkItem", summary = "Update a work item: fields, status move, assignment; absent = unchanged, null clears "
            + "contact_id, due_at, assigned_to; labels merge key by key")
    @RequestBody(content = @Content(schema = @Schema(implementation = WorkItemDto.Request.class)))
    public HttpResponse<Envelope<WorkItemDto>> patch(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @PathVariable String id, @Nullable @Body String body) {
        WorkItemId workItemId = workItemId(id);
        JsonObject json = JsonInput.object(body);
        WorkItemPatch patch = new WorkItemPatch(json.enumValue("type", WorkItemType.class), json.string("title"),
                json.clearableString("description"), json.enumValue("priority", WorkItemPriority.class),
                json.nullable("contact_id", n -> new ContactId(json.uuid(n))),
                json.nullable("due_at", json::instant),
                labels(json),
                json.enumValue("status", WorkItemStatus.class),
                json.nullable("assigned_to", n -> new UserId(json.uuid(n))));
        Long expected = json.longValue("if_match_version");
        return Responses.updated(request, expected,
                () -> WorkItemDto.of(update.update(actor, new UpdateWorkItemCommand(workItemId, expected, patch))),
                () -> WorkItemDto.of(queries.get(actor, workItemId)));
    }

    @Post("/{id}/convert")
    @Operation(operationId = "convertWorkItem", summary = "Convert into a DRAFT quote or invoice; converting again returns the same document (created=false)")
    @RequestBody(content = @Content(schema = @Schema(implementation = WorkItemDto.ConvertRequest.class)))
    public HttpResponse<Envelope<ConversionDto>> convert(@Parameter(hidden = true) Actor actor,
                                                                     HttpRequest<?> request, @PathVariable String id,
                                                                     @Nullable @Body String body) {
        WorkItemId workItemId = workItemId(id);
        JsonObject json = JsonInput.object(body);
        ConversionTarget target = json.enumValue("target", ConversionTarget.class);
        if (target == null) {
            throw ApiException.invalid("target", "target is required: QUOTE or INVOICE");
        }
        return idempotent.respond(actor, request, body, HttpStatus.OK,
                () -> ConversionDto.encode(convert.convert(actor, workItemId, target)),
                ConversionDto::decode);
    }

    /** {@code labels} (or the spec's {@code labels_json}); values must be strings or null. */
    @Nullable
    private static Map<String, String> labels(JsonObject json) {
        return json.has("labels") ? json.stringMap("labels") : json.stringMap("labels_json");
    }

    private static WorkItemId workItemId(String id) {
        return new WorkItemId(PathIds.parse("Work item", id));
    }
}
