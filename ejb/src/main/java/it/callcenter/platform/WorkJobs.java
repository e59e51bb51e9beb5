package it.callcenter.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the background jobs a screen starts (table {@code work_job}: a campaign's fill, an RPO return), each
 * move in a transaction of its own unless said otherwise. A job is claimed, kept and taken over as an import is
 * ({@link JobLeases}); its progress and its end are committed rows, so a screen on any node reads the same. The
 * areas queue their jobs from use cases that check the caller's role; the runner and the handlers move them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WorkJobs {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    /** A new job, QUEUED; {@link WorkRunner#kick} then has it claimed at once. */
    public long queue(String kind, String parameters, String createdBy) {
        return ((Number) em.createNativeQuery("INSERT INTO work_job (kind, parameters, created_by) VALUES (?1, ?2, ?3)"
                        + " RETURNING id").setParameter(1, kind).setParameter(2, parameters).setParameter(3, createdBy)
                .getSingleResult()).longValue();
    }

    /** A new job with its file, kept in the database in the same transaction (no job without its file). */
    public long queue(String kind, String parameters, String createdBy, Path file) {
        long id = queue(kind, parameters, createdBy);
        long size = FileParts.save(dataSource, FileParts.Table.WORK_JOB, id, file);
        em.createNativeQuery("UPDATE work_job SET total = ?1 WHERE id = ?2").setParameter(1, size).setParameter(2, id)
                .executeUpdate();
        return id;
    }

    /** The job's file, read part after part (each part a short query of its own). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InputStream file(long id) {
        return FileParts.open(dataSource, FileParts.Table.WORK_JOB, id);
    }

    /** The next job for {@code node}: the oldest queued, or one whose owner stopped beating for {@code takeoverSeconds}. */
    public Optional<WorkJob> claim(String node, int takeoverSeconds) {
        return JobLeases.claim(em, JobLeases.Table.WORK_JOB, node, takeoverSeconds).map(claim -> {
            if (claim.takenOverFrom() != null) {
                em.createNativeQuery("UPDATE work_job SET takeovers = takeovers + 1, done = 0 WHERE id = ?1")
                        .setParameter(1, claim.id()).executeUpdate();
            }
            Object[] row = (Object[]) em.createNativeQuery("SELECT kind, parameters, created_by FROM work_job WHERE id = ?1")
                    .setParameter(1, claim.id()).getSingleResult();
            return new WorkJob(claim.id(), (String) row[0], (String) row[1], (String) row[2], claim.takenOverFrom());
        });
    }

    public boolean beat(long id, String node) {
        return JobLeases.beat(em, JobLeases.Table.WORK_JOB, id, node);
    }

    public void release(long id, String node) {
        JobLeases.release(em, JobLeases.Table.WORK_JOB, id, node);
    }

    public int requeueInterrupted(String node) {
        return JobLeases.requeueInterrupted(em, JobLeases.Table.WORK_JOB, node);
    }

    /**
     * How far the job is (and a heartbeat), in the transaction of the part of the work it counts (joined, or one of its
     * own), so the progress shown is what is committed. Throws {@link WorkLost} (rolling that part back) when the job
     * is no longer this node's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void progress(long id, String node, long done) {
        int moved = em.createNativeQuery("UPDATE work_job SET done = ?1, heartbeat_at = now() WHERE id = ?2 AND state = 'RUNNING'"
                + " AND owner_node = ?3").setParameter(1, done).setParameter(2, id).setParameter(3, node).executeUpdate();
        if (moved != 1) {
            throw new WorkLost(id);
        }
    }

    /**
     * The job's end, in the transaction of the handler's last part of the work (joined, or one of its own): DONE with
     * its result, its file deleted. Throws {@link WorkLost} (rolling that transaction back) when another node has
     * taken the job over: its work is then that node's to commit.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void finish(long id, String node, String result) {
        int ended = em.createNativeQuery("UPDATE work_job SET state = 'DONE', result = ?1, done = total, finished_at = now(),"
                        + " version = version + 1 WHERE id = ?2 AND state = 'RUNNING' AND owner_node = ?3")
                .setParameter(1, result).setParameter(2, id).setParameter(3, node).executeUpdate();
        if (ended != 1) {
            throw new WorkLost(id);
        }
        FileParts.delete(dataSource, FileParts.Table.WORK_JOB, id);
    }

    /** The job refused or broken: FAILED with the code its screen tells (start it again); nothing if it is not this node's. */
    public void fail(long id, String node, String code, String argument) {
        int failed = em.createNativeQuery("UPDATE work_job SET state = 'FAILED', error_code = ?1, error_argument = ?2,"
                        + " finished_at = now(), version = version + 1 WHERE id = ?3 AND state = 'RUNNING' AND owner_node = ?4")
                .setParameter(1, code).setParameter(2, argument == null ? null : argument.substring(0, Math.min(255, argument.length())))
                .setParameter(3, id).setParameter(4, node).executeUpdate();
        if (failed == 1) {
            FileParts.delete(dataSource, FileParts.Table.WORK_JOB, id);
        }
    }

    /** The job as its screen shows it; empty for an unknown id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<WorkJobView> view(long id) {
        List<?> rows = em.createNativeQuery("SELECT kind, state, done, total, result, error_code, error_argument, owner_node"
                + " FROM work_job WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new WorkJobView(id, (String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7]));
    }
}
