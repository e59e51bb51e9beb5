package it.callcenter.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The claim of a job's next run: ONE update that moves the job's {@code next_run_at} forward only if it is due, so
 * that of two nodes ticking at once exactly one gets the run (the other's update finds the row not due any more).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobClaims {

    @PersistenceContext
    private EntityManager em;

    public void register(String name, int intervalSeconds) {
        em.createNativeQuery("INSERT INTO background_job (name, interval_seconds) VALUES (?, ?)"
                        + " ON CONFLICT (name) DO UPDATE SET interval_seconds = EXCLUDED.interval_seconds")
                .setParameter(1, name).setParameter(2, intervalSeconds).executeUpdate();
    }

    /** True when this node now owns the job's due run. */
    public boolean claim(String name, String node) {
        return em.createNativeQuery("UPDATE background_job SET owner_node = ?, heartbeat_at = now(),"
                        + " next_run_at = now() + make_interval(secs => interval_seconds)"
                        + " WHERE name = ? AND next_run_at <= now()")
                .setParameter(1, node).setParameter(2, name).executeUpdate() == 1;
    }

    /**
     * Keeps a run that goes on after {@link BackgroundJob#run()} returned (a sender working through its queue): moves
     * the job's next run one interval on again, if this node still owns it. False when it does not (its claim lapsed
     * and another node took the job): the work stops here.
     */
    public boolean extend(String name, String node) {
        return em.createNativeQuery("UPDATE background_job SET heartbeat_at = now(),"
                        + " next_run_at = now() + make_interval(secs => interval_seconds) WHERE name = ? AND owner_node = ?")
                .setParameter(1, name).setParameter(2, node).executeUpdate() == 1;
    }

    public void finished(String name, String result) {
        em.createNativeQuery("UPDATE background_job SET heartbeat_at = now(), last_result = ? WHERE name = ?")
                .setParameter(1, result == null ? null : result.substring(0, Math.min(200, result.length())))
                .setParameter(2, name).executeUpdate();
    }

    /** Makes the job due now (an administrator's "run now", and the tests). */
    public void dueNow(String name) {
        em.createNativeQuery("UPDATE background_job SET next_run_at = now() WHERE name = ?").setParameter(1, name)
                .executeUpdate();
    }
}
