package io.smbhub.application.port.in.job;

import io.smbhub.application.port.in.Actor;

import java.util.UUID;

/** Reads a job of the actor's tenant (any member). Errors: {@code NOT_FOUND} (also for jobs of other tenants). */
public interface JobQueries {
    JobView get(Actor actor, UUID jobId);
}
