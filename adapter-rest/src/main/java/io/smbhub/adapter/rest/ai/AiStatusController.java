package io.smbhub.adapter.rest.ai;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * AI availability and the business's own AI usage (issue 6; enterprise-business-os.md features 5 and 15). Any member
 * reads the status (also the {@code ai} block of {@code GET /v1/profile}); usage needs settings management.
 */
@Controller("/v1/ai")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "AI")
public class AiStatusController {

    private final AiStatusQueries status;

    public AiStatusController(AiStatusQueries status) {
        this.status = status;
    }

    @Get("/status")
    @Operation(operationId = "getAiStatus", summary = "What AI can do for this business now: mode, features, this month's quota")
    public HttpResponse<Envelope<AiStatusDto>> status(@Parameter(hidden = true) Actor actor, HttpRequest<?> request) {
        return Responses.ok(request, AiStatusDto.of(status.status(actor)));
    }

    @Get("/usage")
    @Operation(operationId = "getAiUsage", summary = "This business's AI calls, tokens and cost in a month (OWNER/ADMIN)")
    public HttpResponse<Envelope<AiUsageDto>> usage(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(description = "UTC calendar month yyyy-MM; default the current one",
                    schema = @Schema(example = "2026-11")) String month) {
        return Responses.ok(request, AiUsageDto.of(status.usage(actor, AiQueryParams.month(month))));
    }
}
