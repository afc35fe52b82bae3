package io.smbhub.adapter.rest.ai;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.AiUsageAdminUseCase;
import io.smbhub.domain.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The operator's view of AI economics (enterprise-business-os.md feature 5; issue 6): every business's AI cost
 * against its subscription revenue, and its plan (which sets its monthly token budget). Only platform admins — the
 * accounts the operator configured — may call it; any other member, a business's OWNER included, gets 403
 * FORBIDDEN. Errors: 403 FORBIDDEN, 404 NOT_FOUND (business), 422 VALIDATION_ERROR (unknown plan).
 */
@Controller("/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Platform admin")
public class AiAdminController {

    private final AiUsageAdminUseCase admin;

    public AiAdminController(AiUsageAdminUseCase admin) {
        this.admin = admin;
    }

    @Get("/ai-usage")
    @Operation(operationId = "getPlatformAiUsage", summary = "Per-business AI cost vs subscription revenue and margin in a month (platform admins)")
    public HttpResponse<Envelope<PlatformUsageDto>> usage(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(description = "UTC calendar month yyyy-MM; default the current one",
                    schema = @Schema(example = "2026-11")) String month) {
        return Responses.ok(request, PlatformUsageDto.of(admin.usage(actor, AiQueryParams.month(month))));
    }

    @Put("/tenants/{id}/plan")
    @Operation(operationId = "setTenantPlan", summary = "Set a business's plan, and so its monthly AI budget (platform admins; audited on that business)")
    @RequestBody(content = @Content(schema = @Schema(implementation = PlatformUsageDto.PlanRequest.class)))
    public HttpResponse<Envelope<PlatformUsageDto.PlanDto>> setPlan(@Parameter(hidden = true) Actor actor,
                                                                    HttpRequest<?> request, @PathVariable String id,
                                                                    @Nullable @Body String body) {
        TenantId tenant = new TenantId(PathIds.parse("Tenant", id));
        String plan = JsonInput.object(body).string("plan");
        if (plan == null || plan.isBlank()) {
            throw ApiException.invalid("plan", "plan is required, e.g. {\"plan\": \"growth\"}");
        }
        admin.setPlan(actor, tenant, plan.strip());
        return Responses.ok(request, new PlatformUsageDto.PlanDto(tenant.value(), plan.strip()));
    }
}
