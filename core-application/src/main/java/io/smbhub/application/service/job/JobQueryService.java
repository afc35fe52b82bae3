package io.smbhub.application.service.job;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.job.JobQueries;
import io.smbhub.application.port.in.job.JobView;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.domain.shared.DomainException;

import java.util.UUID;

/** {@code GET /v1/jobs/{id}} (issue 5): a job of the actor's tenant, any member. Errors: {@code NOT_FOUND}. */
public final class JobQueryService implements JobQueries {

    private final JobQueue jobs;
    private final TransactionRunner tx;

    public JobQueryService(JobQueue jobs, TransactionRunner tx) {
        this.jobs = jobs;
        this.tx = tx;
    }

    @Override
    public JobView get(Actor actor, UUID jobId) {
        JobQueue.Job job = tx.inTenant(actor.tenantId(), () -> jobs.find(actor.tenantId(), jobId))
                .orElseThrow(() -> DomainException.notFound("Job", jobId));
        return new JobView(job.id(), job.kind().name(), job.status().name(), job.attempts(), JobRunner.MAX_ATTEMPTS,
                job.progressDone(), job.progressTotal(), job.lastError(), job.runAt(), job.createdAt(), job.updatedAt());
    }
}
