package it.callcenter.importing;

import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.JobLeases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The job rows' own moves, each in a transaction of its own; for this package only (the runner and the facade).
 * A job queued and a job that failed are audited ({@value ImportService#AUDIT_TYPE}) in the same transaction, as
 * the user who started it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private ImportFileStore files;

    /** The job and its file (kept in the database from now on), in one transaction: no job without its file. */
    public long create(ImportJob job, Path file) {
        em.persist(job);
        em.flush();
        files.save(job.getId(), file);
        audit.record(ImportService.AUDIT_TYPE, job.getId(), AuditEntry.Action.CREATE, job.auditOfStart(), job.getCreatedBy());
        return job.getId();
    }

    /**
     * At this node's start: the jobs it was running when it stopped or died go back to the queue at once (any node
     * may then claim them), to resume from their position. Another node's jobs are left to their heartbeat.
     */
    public int requeueInterrupted(String node) {
        return JobLeases.requeueInterrupted(em, JobLeases.Table.IMPORT_JOB, node);
    }

    /**
     * Claims the next job for {@code node}: the oldest queued one, or a running one whose owner's heartbeat stopped
     * more than {@code takeoverSeconds} ago (its node died or hangs), as every job of the application is claimed
     * ({@link JobLeases}). The job resumes from its committed position; the old owner, should it come back, finds
     * the job no longer its own before its next chunk and stops.
     */
    public Optional<Claimed> claim(String node, int takeoverSeconds) {
        return JobLeases.claim(em, JobLeases.Table.IMPORT_JOB, node, takeoverSeconds)
                .map(claim -> new Claimed(em.find(ImportJob.class, claim.id()), claim.takenOverFrom()));
    }

    /** A job claimed; {@code takenOverFrom} names the node whose heartbeat stopped, null for a queued job. */
    public record Claimed(ImportJob job, String takenOverFrom) {
    }

    /** The owner's heartbeat, between its chunks; false when the job is no longer this node's to run. */
    public boolean beat(long id, String node) {
        return JobLeases.beat(em, JobLeases.Table.IMPORT_JOB, id, node);
    }

    /** A node that stops cleanly hands its job back to the queue, for another node to go on with at once. */
    public void release(long id, String node) {
        JobLeases.release(em, JobLeases.Table.IMPORT_JOB, id, node);
    }

    /**
     * A job that has ended (done, or cancelled while its last chunk was refused) stays as it ended; a job another node
     * has taken over is that node's to end.
     */
    public void fail(long id, String reason, String node) {
        ImportJob job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && job.runBy(node)) {
            job.fail(reason);
            files.keepHeaderOnly(id);
            audit.record(ImportService.AUDIT_TYPE, id, AuditEntry.Action.UPDATE, job.auditOfEnd(), job.getCreatedBy());
        }
    }

    /** Asked by the runner between chunks: a job cancelled, or taken over by another node, gets no further chunk here. */
    public boolean stopped(long id, String node) {
        ImportJob job = em.find(ImportJob.class, id);
        return job == null || !job.runBy(node);
    }
}
