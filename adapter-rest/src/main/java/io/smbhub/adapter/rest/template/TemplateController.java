package io.smbhub.adapter.rest.template;

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
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.template.TemplateUseCase;
import io.smbhub.application.port.in.template.TemplateView;
import io.smbhub.domain.inbox.TemplateType;
import io.smbhub.domain.shared.TemplateId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** Message templates (spec smb-hub-prd.md 2.3 "/v1/templates", 2.1 "Template"; issue 5). */
@Controller("/v1/templates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Templates")
public class TemplateController {

    private final TemplateUseCase templates;
    private final IdempotentRequests idempotent;

    public TemplateController(TemplateUseCase templates, IdempotentRequests idempotent) {
        this.templates = templates;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listTemplates", summary = "The tenant's templates and the profile's built-in default of each purpose")
    public HttpResponse<Envelope<List<TemplateDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = TemplateType.class)) String type,
            @Nullable @QueryValue @Parameter(description = "e.g. invoice_sent, ar_reminder_1") String purpose) {
        return Responses.ok(request, templates.list(actor, QueryParams.enumValue("type", type, TemplateType.class),
                QueryParams.text(purpose)).stream().map(TemplateDto::of).toList());
    }

    @Get("/{id}")
    @Operation(operationId = "getTemplate", summary = "Get a tenant template")
    public HttpResponse<Envelope<TemplateDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @PathVariable String id) {
        return Responses.ok(request, TemplateDto.of(templates.get(actor, templateId(id))));
    }

    @Post
    @Operation(operationId = "createTemplate", summary = "Create a template; with is_default it replaces the default of its purpose",
            description = "Subject and content may use the variables of the purpose as {{name}}; an unknown variable or "
                    + "purpose is a 422 VALIDATION_ERROR naming the field.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TemplateDto.Request.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<TemplateDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                      @Nullable @Body String body) {
        TemplateUseCase.TemplateCommand command = command(JsonInput.object(body));
        AtomicReference<TemplateView> created = new AtomicReference<>();
        return idempotent.respond(actor, request, body, HttpStatus.CREATED, () -> {
            created.set(templates.create(actor, command));
            return created.get().id().toString();
        }, id -> TemplateDto.of(created.get() != null ? created.get()
                : templates.get(actor, new TemplateId(UUID.fromString(id)))));
    }

    @Patch("/{id}")
    @Operation(operationId = "updateTemplate", summary = "Change a tenant template: absent fields unchanged; if_match_version guards against lost updates")
    @RequestBody(content = @Content(schema = @Schema(implementation = TemplateDto.Request.class)))
    public HttpResponse<Envelope<TemplateDto>> patch(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @PathVariable String id, @Nullable @Body String body) {
        TemplateId templateId = templateId(id);
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue("if_match_version");
        TemplateUseCase.TemplateCommand patch = command(json);
        return Responses.updated(request, expected, () -> TemplateDto.of(templates.update(actor, templateId, expected, patch)),
                () -> TemplateDto.of(templates.get(actor, templateId)));
    }

    private static TemplateUseCase.TemplateCommand command(JsonObject json) {
        return new TemplateUseCase.TemplateCommand(json.enumValue("type", TemplateType.class), json.string("purpose"),
                json.string("name"), json.string("subject"), json.string("content"), json.bool("is_default"),
                json.strings("profile_scopes"));
    }

    private static TemplateId templateId(String id) {
        return new TemplateId(PathIds.parse("Template", id));
    }
}
