package it.callcenter.importing;

import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
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

    public long create(ImportJob job) {
        em.persist(job);
        em.flush();
        audit.record(ImportService.AUDIT_TYPE, job.getId(), AuditEntry.Action.CREATE, job.auditOfStart(), job.getCreatedBy());
        return job.getId();
    }

    /** After a restart: the jobs a crash or a shutdown interrupted go back to the queue, to resume from their position. */
    public int requeueInterrupted() {
        return em.createQuery("UPDATE ImportJob j SET j.state = :queued, j.version = j.version + 1 WHERE j.state = :running")
                .setParameter("queued", ImportJob.State.QUEUED).setParameter("running", ImportJob.State.RUNNING)
                .executeUpdate();
    }

    public Optional<ImportJob> start() {
        Optional<ImportJob> next = em.createNamedQuery("ImportJob.pending", ImportJob.class)
                .setParameter("states", List.of(ImportJob.State.QUEUED)).setMaxResults(1).getResultStream().findFirst();
        next.ifPresent(ImportJob::start);
        return next;
    }

    /** A job that has ended (done, or cancelled while its last chunk was refused) stays as it ended. */
    public void fail(long id, String reason) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job != null && !job.getState().ended()) {
            job.fail(reason);
            audit.record(ImportService.AUDIT_TYPE, id, AuditEntry.Action.UPDATE, job.auditOfEnd(), job.getCreatedBy());
        }
    }

    /** Asked by the runner between chunks: a cancelled job gets no further chunk. */
    public boolean cancelled(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        return job == null || job.getState() == ImportJob.State.CANCELLED;
    }
}
