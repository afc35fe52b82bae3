package io.smbhub.application.service.job;

import io.smbhub.application.port.out.JobQueue;

/** Runs one kind of background job (spec smb-hub-prd.md 12.4). Handlers must be idempotent: a job may run again. */
public interface JobHandler {

    /** Does the job's work; throwing means "failed, maybe retry". */
    void handle(JobQueue.Job job);

    /** Called once when the job is given up for good, with the reason (e.g. to mark the source record FAILED). */
    default void gaveUp(JobQueue.Job job, String reason) {
    }
}
