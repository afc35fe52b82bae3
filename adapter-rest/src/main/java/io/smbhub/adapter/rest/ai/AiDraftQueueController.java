package io.smbhub.adapter.rest.ai;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.ai.AiDraftUseCase;
import io.smbhub.application.port.in.ai.AiDraftView;
import io.smbhub.domain.ai.AiDraftStatus;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The AI draft QC queue (spec smb-hub-prd.md 3.14 "AI Draft Queue", 10.5.3, Story 7.2, 12.2 E; issue 6): list,
 * read, edit, approve, reject and apply. Reading needs work read; the changes need work write (applying a quote or
 * invoice draft also document drafting, an expense draft expense write). Every change is audited (an edit keeps the
 * payload before and after) and takes {@code if_match_version}: a stale one answers 409 with the draft as it is now.
 * Applying creates the object in DRAFT/NEW state only — it never sends, charges or messages — and is idempotent:
 * 201 the first time, 200 with the same target afterwards. The POSTs take an {@code Idempotency-Key}.
 * Errors: 403 FORBIDDEN, 404 NOT_FOUND, 422 VALIDATION_ERROR (bad intent or payload, fields missing for the intent),
 * 409 INVALID_TRANSITION (e.g. approving a rejected draft) and CONFLICT.
 */
@Controller("/v1/ops/ai-drafts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "AI")
public class AiDraftQueueController {

    private static final String VERSION_FIELD = "if_match_version";

    private final AiDraftUseCase drafts;
    private final IdempotentRequests idempotent;

    public AiDraftQueueController(AiDraftUseCase drafts, IdempotentRequests idempotent) {
        this.drafts = drafts;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listAiDrafts", summary = "The QC queue: AI drafts, oldest first, filtered by status and intent")
    public HttpResponse<Envelope<List<AiDraftDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(description = "e.g. PENDING_QC", schema = @Schema(implementation = AiDraftStatus.class)) String status,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = AiIntent.class)) String intent,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        AiDraftStatus statusFilter = QueryParams.enumValue("status", status, AiDraftStatus.class);
        AiIntent intentFilter = QueryParams.enumValue("intent", intent, AiIntent.class);
        PageRequest page = QueryParams.page(limit, cursor);
        AiDraftUseCase.Page found = drafts.list(actor, statusFilter == null ? null : statusFilter.name(),
                intentFilter == null ? null : intentFilter.name(), page.cursor(), page.limit());
        return Responses.page(request, new Page<>(found.items(), found.nextCursor()), AiDraftDto::of);
    }

    @Get("/{id}")
    @Operation(operationId = "getQueuedAiDraft", summary = "An AI draft with its source text, payload, confidence and review")
    public HttpResponse<Envelope<AiDraftDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                  @PathVariable String id) {
        return Responses.ok(request, AiDraftDto.of(drafts.get(actor, TextToTaskController.draftId(id))));
    }

    @Patch("/{id}")
    @Operation(operationId = "editAiDraft", summary = "Edit a draft's intent and/or payload before applying (audited with before and after)",
            description = "payload replaces the whole payload; absent fields are unchanged.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AiDraftDto.EditRequest.class)))
    public HttpResponse<Envelope<AiDraftDto>> edit(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @PathVariable String id, @Nullable @Body String body) {
        AiDraftId draft = TextToTaskController.draftId(id);
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue(VERSION_FIELD);
        String intent = json.string("intent");
        Map<String, Object> payload = payload(json);
        return Responses.updated(request, expected,
                () -> AiDraftDto.of(drafts.edit(actor, draft, expected, intent, payload)),
                () -> AiDraftDto.of(drafts.get(actor, draft)));
    }

    @Post("/{id}/approve")
    @Operation(operationId = "approveAiDraft", summary = "Approve a draft (PENDING_QC → APPROVED) for applying later")
    @RequestBody(content = @Content(schema = @Schema(implementation = AiDraftDto.ReviewRequest.class)))
    public HttpResponse<Envelope<AiDraftDto>> approve(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                      @PathVariable String id, @Nullable @Body String body) {
        AiDraftId draft = TextToTaskController.draftId(id);
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue(VERSION_FIELD);
        String notes = json.string("notes");
        return review(actor, request, body, draft, expected, () -> drafts.approve(actor, draft, expected, notes));
    }

    @Post("/{id}/reject")
    @Operation(operationId = "rejectAiDraft", summary = "Reject a draft (PENDING_QC or APPROVED → REJECTED); nothing is created")
    @RequestBody(content = @Content(schema = @Schema(implementation = AiDraftDto.ReviewRequest.class)))
    public HttpResponse<Envelope<AiDraftDto>> reject(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @PathVariable String id, @Nullable @Body String body) {
        AiDraftId draft = TextToTaskController.draftId(id);
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue(VERSION_FIELD);
        String notes = json.string("notes");
        return review(actor, request, body, draft, expected, () -> drafts.reject(actor, draft, expected, notes));
    }

    @Post("/{id}/apply")
    @Operation(operationId = "applyAiDraft", summary = "Apply a draft, optionally with last edits: creates the work item, quote, invoice or expense",
            description = "The object is created in DRAFT/NEW state only (an AR message draft becomes a COLLECTION work "
                    + "item holding the message); nothing is sent or charged. 201 the first time; applying an applied "
                    + "draft again answers 200 with the same target (already_applied: true).")
    @RequestBody(content = @Content(schema = @Schema(implementation = AiDraftDto.ApplyRequest.class)))
    @ApiResponse(responseCode = "201", description = "Applied: the object was created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Applied before: the same target", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ApplyDto>> apply(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                  @PathVariable String id, @Nullable @Body String body) {
        AiDraftId draft = TextToTaskController.draftId(id);
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue(VERSION_FIELD);
        String intent = json.string("intent");
        Map<String, Object> payload = payload(json);
        String notes = json.string("notes");
        AtomicReference<AiDraftUseCase.ApplyResult> fresh = new AtomicReference<>();
        AtomicReference<Applied> outcome = new AtomicReference<>();
        MutableHttpResponse<Envelope<ApplyDto>> response;
        try {
            response = idempotent.respond(actor, request, body, HttpStatus.CREATED, () -> {
                fresh.set(drafts.apply(actor, draft, expected, intent, payload, notes));
                return Applied.of(fresh.get()).encode();
            }, result -> {
                outcome.set(Applied.decode(result));
                AiDraftView view = fresh.get() != null ? fresh.get().draft() : drafts.get(actor, draft);
                return new ApplyDto(AiDraftDto.of(view), outcome.get().targetType(), outcome.get().targetId(),
                        outcome.get().alreadyApplied());
            });
        } catch (DomainException e) {
            return stale(request, expected, e, draft, actor);
        }
        return response.status(outcome.get().alreadyApplied() ? HttpStatus.OK : HttpStatus.CREATED);
    }

    /** An approve or reject through the idempotency keys, answered with the draft as it is now. */
    private HttpResponse<Envelope<AiDraftDto>> review(Actor actor, HttpRequest<?> request, @Nullable String body,
                                                      AiDraftId draft, @Nullable Long expected,
                                                      Supplier<AiDraftView> operation) {
        try {
            return idempotent.respond(actor, request, body, HttpStatus.OK, () -> operation.get().id().toString(),
                    ignored -> AiDraftDto.of(drafts.get(actor, draft)));
        } catch (DomainException e) {
            return stale(request, expected, e, draft, actor);
        }
    }

    /** Rethrows {@code e}, as the 409 that carries the draft as it is now when the version was stale. */
    private <T> HttpResponse<Envelope<T>> stale(HttpRequest<?> request, @Nullable Long expected, DomainException e,
                                                AiDraftId draft, Actor actor) {
        Responses.updated(request, expected, () -> {
            throw e;
        }, () -> AiDraftDto.of(drafts.get(actor, draft)));
        throw e;
    }

    /** The {@code payload} object as a plain JSON tree (numbers exact), or null when absent or null. */
    private static Map<String, Object> payload(JsonObject json) {
        JsonObject payload = json.object("payload");
        return payload == null ? null : payload.tree(Set.of());
    }

    /**
     * What the idempotency store keeps of an apply: {@code <target type>,<target id>,<already applied>}, so that a
     * replay answers the same target and status.
     */
    private record Applied(String targetType, UUID targetId, boolean alreadyApplied) {
        static Applied of(AiDraftUseCase.ApplyResult r) {
            return new Applied(r.targetType(), r.targetId(), r.alreadyApplied());
        }

        String encode() {
            return targetType + "," + targetId + "," + alreadyApplied;
        }

        static Applied decode(String text) {
            String[] parts = text.split(",");
            return new Applied(parts[0], UUID.fromString(parts[1]), Boolean.parseBoolean(parts[2]));
        }
    }
}
