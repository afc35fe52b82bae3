package io.smbhub.adapter.rest.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.job.JobQueries;
import io.smbhub.application.port.in.job.JobView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

/** Background jobs of the tenant (issue 5 {@code GET /v1/jobs/{id}}; spec smb-hub-prd.md 12.4): status and progress. */
@Controller("/v1/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Jobs")
public class JobController {

    private final JobQueries jobs;

    public JobController(JobQueries jobs) {
        this.jobs = jobs;
    }

    /**
     * A job as its tenant sees it: kind, status, attempts of max attempts, progress ({@code progress_done} of
     * {@code progress_total}, 0/0 when the job reports none), the last failure reason, next attempt time (UTC).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Job")
    public record JobDto(UUID id, @Schema(example = "EMAIL_SEND") String kind,
                         @Schema(allowableValues = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED"}) String status,
                         int attempts, int maxAttempts, int progressDone, int progressTotal, @Nullable String lastError,
                         @Nullable Instant runAt, Instant createdAt, Instant updatedAt) {
        static JobDto of(JobView v) {
            return new JobDto(v.id(), v.kind(), v.status(), v.attempts(), v.maxAttempts(), v.progressDone(),
                    v.progressTotal(), v.lastError(), v.runAt(), v.createdAt(), v.updatedAt());
        }
    }

    @Get("/{id}")
    @Operation(operationId = "getJob", summary = "A background job's status and progress")
    public HttpResponse<Envelope<JobDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                              @PathVariable String id) {
        return Responses.ok(request, JobDto.of(jobs.get(actor, PathIds.parse("Job", id))));
    }
}
