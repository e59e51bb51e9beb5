package it.callcenter.platform;

/**
 * Does one kind of background job ({@link WorkJobs}): an area provides one bean of this type per kind, and
 * {@link WorkRunner} calls it on the node that claimed the job. The handler ends the job with
 * {@link WorkJobs#finish} in the transaction that commits the work's last part, so that a job is DONE exactly when its
 * work is committed; a job taken over is run again from its start (or from what the handler committed), so the work
 * must be idempotent. A {@link it.callcenter.BusinessException} fails the job with its code, for its screen to tell.
 */
public interface WorkHandler {

    /** The kind of job, as in {@code work_job.kind}. */
    String kind();

    void run(WorkJob job);
}
