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
import io.smbhub.application.port.in.ai.DigestUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The CEO digest on the home screen (enterprise-business-os.md feature 1; issue 6): made every day at 05:00 in the
 * business's timezone for the day before, and emailed to the owners. Needs payment read. Errors: 403 FORBIDDEN,
 * 404 NOT_FOUND (no digest yet, or none for that day).
 */
@Controller("/v1/home")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "AI")
public class DigestController {

    private final DigestUseCase digests;

    public DigestController(DigestUseCase digests) {
        this.digests = digests;
    }

    @Get("/digest")
    @Operation(operationId = "getDigest", summary = "The CEO digest of a day (default: the latest): figures and up to three insights")
    public HttpResponse<Envelope<DigestDto>> digest(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(description = "The business day (its timezone), yyyy-MM-dd; default the latest digest",
                    schema = @Schema(format = "date", example = "2026-11-20")) String date) {
        return Responses.ok(request, DigestDto.of(digests.digest(actor, AiQueryParams.date(date))));
    }
}
