package it.callcenter.platform;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * The one way a node holds a job row while it works on it, for every table of jobs (the imports, the screens'
 * background work): a row QUEUED, or RUNNING whose owner's heartbeat is older than the takeover threshold (its node
 * died or hangs), is claimed by ONE statement with {@code FOR UPDATE SKIP LOCKED}, so two nodes claiming at once
 * never get the same job; the owner beats a heartbeat while it works; a node that stops cleanly hands its job back
 * to the queue; at its start a node queues again the jobs it left running. Each table has the columns {@code state},
 * {@code owner_node}, {@code heartbeat_at}, {@code started_at}, {@code created_at} and {@code version}. The statements
 * run in the caller's transaction; the table's name is one of {@link Table}'s, never a value from outside.
 */
public final class JobLeases {

    /** The tables of jobs. */
    public enum Table {
        IMPORT_JOB("import_job"),
        WORK_JOB("work_job");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    /** A job claimed; {@code takenOverFrom} names the node whose heartbeat stopped, null for a queued job. */
    public record Claim(long id, String takenOverFrom) {
    }

    private JobLeases() {
    }

    /**
     * The oldest claimable job of the table, now {@code node}'s. The job resumes from what it committed; the old
     * owner, should it come back, finds the job no longer its own ({@link #beat} answers false) and stops.
     */
    public static Optional<Claim> claim(EntityManager em, Table table, String node, int takeoverSeconds) {
        List<?> rows = em.createNativeQuery("WITH picked AS (SELECT id, state, owner_node FROM " + table.sql
                        + " WHERE state = 'QUEUED' OR state = 'RUNNING' AND (heartbeat_at IS NULL"
                        + " OR heartbeat_at < now() - make_interval(secs => ?2))"
                        + " ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                        + " UPDATE " + table.sql + " j SET state = 'RUNNING', owner_node = ?1, heartbeat_at = now(),"
                        + " started_at = COALESCE(j.started_at, now()), version = j.version + 1"
                        + " FROM picked WHERE j.id = picked.id RETURNING j.id, picked.state, picked.owner_node")
                .setParameter(1, node).setParameter(2, takeoverSeconds).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Claim(((Number) row[0]).longValue(), "RUNNING".equals(row[1]) ? String.valueOf(row[2]) : null));
    }

    /** The owner's heartbeat; false when the job is no longer this node's to run (ended, or taken over). */
    public static boolean beat(EntityManager em, Table table, long id, String node) {
        return em.createNativeQuery("UPDATE " + table.sql + " SET heartbeat_at = now() WHERE id = ?1 AND state = 'RUNNING'"
                + " AND owner_node = ?2").setParameter(1, id).setParameter(2, node).executeUpdate() == 1;
    }

    /** A node that stops cleanly hands its job back to the queue, for another node to go on with at once. */
    public static void release(EntityManager em, Table table, long id, String node) {
        em.createNativeQuery("UPDATE " + table.sql + " SET state = 'QUEUED', owner_node = NULL, version = version + 1"
                + " WHERE id = ?1 AND state = 'RUNNING' AND owner_node = ?2").setParameter(1, id).setParameter(2, node)
                .executeUpdate();
    }

    /**
     * At a node's start: the jobs it was running when it stopped or died go back to the queue at once (any node may
     * then claim them). Another node's jobs are left to their heartbeat.
     */
    public static int requeueInterrupted(EntityManager em, Table table, String node) {
        return em.createNativeQuery("UPDATE " + table.sql + " SET state = 'QUEUED', owner_node = NULL, version = version + 1"
                        + " WHERE state = 'RUNNING' AND (owner_node = ?1 OR owner_node IS NULL)")
                .setParameter(1, node).executeUpdate();
    }
}
