package it.callcenter.queue;

import it.callcenter.BusinessException;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The operators' register (registro in/out): one row an interval, WORK from clock-in to clock-out and PAUSE from a
 * pause to its end, with the reason. An operator has at most one open interval of each kind (a partial unique index),
 * so a clock-in twice, or from two nodes at once, opens one. Taking the next customer clocks in an operator who was
 * not; a pause clocks in too (a pause is part of a working day); a clock-out closes the open pause with the day.
 */
@Stateless
@PermitAll
public class OperatorRegister {

    public enum Action { IN, OUT }

    /** An operator's register now: clocked in since, paused since (with the reason), or neither. */
    public record Status(boolean clockedIn, Instant since, String pauseReason, Instant pausedSince) implements Serializable {
    }

    /** Reads the open interval first, so the common case (already clocked in) takes no sequence number. */
    private static final String OPEN = "INSERT INTO operator_register (id, username, kind, reason, started_at)"
            + " SELECT nextval('operator_register_seq'), ?1, ?2, CAST(?3 AS varchar), now() WHERE NOT EXISTS (SELECT 1 FROM operator_register"
            + " WHERE username = ?1 AND kind = ?2 AND ended_at IS NULL)"
            + " ON CONFLICT (username, kind) WHERE ended_at IS NULL DO NOTHING";
    /**
     * {@link #clockIn} as the head of another statement ({@code WITH clock_in AS (…)}; markers: the user's name, twice):
     * "next customer" clocks in within its first read ({@link QueueService}).
     */
    static final String CLOCK_IN_BEFORE = "WITH clock_in AS (INSERT INTO operator_register (id, username, kind, reason,"
            + " started_at) SELECT nextval('operator_register_seq'), ?, 'WORK', NULL, now() WHERE NOT EXISTS (SELECT 1"
            + " FROM operator_register WHERE username = ? AND kind = 'WORK' AND ended_at IS NULL)"
            + " ON CONFLICT (username, kind) WHERE ended_at IS NULL DO NOTHING)";
    private static final String CLOSE = "UPDATE operator_register SET ended_at = now() WHERE username = ?1 AND kind = ?2"
            + " AND ended_at IS NULL";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private OperatorPresence presence;

    /** The caller clocks in or out (API.md {@code POST /operators/me/clock}). */
    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Status clock(Action action) {
        if (action == null) {
            throw new BusinessException("action", "REQUIRED");
        }
        String me = session.getCallerPrincipal().getName();
        if (action == Action.IN) {
            clockIn(me);
            if (presence.isLoggedOut(me)) {
                presence.idle(me);
            }
        } else {
            if (presence.isHolding(me)) {
                throw new BusinessException("action", "CLOCK_OUT_HOLDING");
            }
            closeDay(me);
            presence.signedOut(me);
        }
        return status(me);
    }

    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Status mine() {
        return status(session.getCallerPrincipal().getName());
    }

    /** Opens the user's WORK interval unless one is open; true when it was opened now. */
    public boolean clockIn(String username) {
        return open(username, "WORK", null);
    }

    /**
     * The user's screen session ended (signed out, or the session expired): the open pause and the working interval
     * close now, as a clock-out would. Their API calls (an integration) clock them in again with the next customer.
     */
    public void signedOut(String username) {
        closeDay(username);
    }

    /** The open pause and the working interval end now. */
    private void closeDay(String username) {
        em.createNativeQuery(CLOSE).setParameter(1, username).setParameter(2, "PAUSE").executeUpdate();
        em.createNativeQuery(CLOSE).setParameter(1, username).setParameter(2, "WORK").executeUpdate();
    }

    /** The user paused (for {@code reason}): clocked in if not, the pause's interval opened (a new reason: a new one). */
    public void paused(String username, String reason) {
        clockIn(username);
        List<Object[]> open = Rows.of(em.createNativeQuery("SELECT reason FROM operator_register WHERE username = ?1"
                + " AND kind = 'PAUSE' AND ended_at IS NULL").setParameter(1, username));
        if (!open.isEmpty() && reason.equals(open.get(0)[0])) {
            return;
        }
        em.createNativeQuery(CLOSE).setParameter(1, username).setParameter(2, "PAUSE").executeUpdate();
        open(username, "PAUSE", reason);
    }

    /** The user's pause ended. */
    public void resumed(String username) {
        em.createNativeQuery(CLOSE).setParameter(1, username).setParameter(2, "PAUSE").executeUpdate();
    }

    public Status status(String username) {
        Status status = new Status(false, null, null, null);
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT kind, reason, started_at FROM operator_register"
                + " WHERE username = ?1 AND ended_at IS NULL").setParameter(1, username))) {
            status = "WORK".equals(r[0]) ? new Status(true, Rows.instant(r[2]), status.pauseReason(), status.pausedSince())
                    : new Status(status.clockedIn(), status.since(), (String) r[1], Rows.instant(r[2]));
        }
        return status;
    }

    private boolean open(String username, String kind, String reason) {
        return em.createNativeQuery(OPEN).setParameter(1, username).setParameter(2, kind).setParameter(3, reason)
                .executeUpdate() > 0;
    }
}
