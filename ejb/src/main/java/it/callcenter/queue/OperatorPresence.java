package it.callcenter.queue;

import it.callcenter.platform.Node;
import it.callcenter.platform.Rows;
import it.callcenter.platform.Sql;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.util.List;

/**
 * What each operator is doing now, one row an operator, written by the queue (holding, idle), the sign-in and
 * sign-out, telephony (in a call) and pauses; read by the supervisor's board. {@code since} moves only when the
 * state changes. Each change fires {@link BoardChanged}.
 */
@Stateless
@PermitAll
public class OperatorPresence {

    /**
     * One operator's state; {@code since} moves only when the state changes; nothing is written when nothing changed.
     * Run through plain JDBC ({@link Sql}): it is written twice a next + outcome.
     */
    static final String UPSERT = "INSERT INTO operator_presence AS o (username, state, since, campaign_id,"
            + " entry_id, node, pause_reason) VALUES (?, ?, now(), CAST(? AS bigint), CAST(? AS bigint), ?, ?)"
            + " ON CONFLICT (username) DO UPDATE SET state = EXCLUDED.state,"
            + " since = CASE WHEN o.state = EXCLUDED.state THEN o.since ELSE now() END,"
            + " campaign_id = EXCLUDED.campaign_id, entry_id = EXCLUDED.entry_id, node = EXCLUDED.node,"
            + " pause_reason = EXCLUDED.pause_reason"
            + " WHERE o.state IS DISTINCT FROM EXCLUDED.state OR o.entry_id IS DISTINCT FROM EXCLUDED.entry_id"
            + " OR o.node IS DISTINCT FROM EXCLUDED.node";
    static final String PAUSED = "SELECT 1 FROM operator_presence WHERE username = ? AND state = 'PAUSED'";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @Inject
    private Event<BoardChanged> changes;

    public void idle(String username) {
        mark(username, OperatorState.IDLE, null, null, null);
    }

    public void holding(String username, long campaignId, long entryId) {
        mark(username, OperatorState.HOLDING, campaignId, entryId, null);
    }

    public void inCall(String username, Long campaignId, Long entryId) {
        mark(username, OperatorState.IN_CALL, campaignId, entryId, null);
    }

    /**
     * The operator is in a call that is not their held entry's (a call to a party, a call that rang their phone): in a
     * call, still holding what they held; an operator on a pause stays paused.
     */
    public void inCall(String username) {
        List<?> after = em.createNativeQuery("INSERT INTO operator_presence AS o (username, state, since, node)"
                        + " VALUES (?1, 'IN_CALL', now(), ?2) ON CONFLICT (username) DO UPDATE SET state = 'IN_CALL',"
                        + " since = now(), node = EXCLUDED.node WHERE o.state NOT IN ('IN_CALL', 'PAUSED')"
                        + " RETURNING campaign_id")
                .setParameter(1, username).setParameter(2, Node.name()).getResultList();
        for (Object campaign : after) {
            changes.fire(new BoardChanged(username, OperatorState.IN_CALL, Rows.numberOrNull(campaign), null));
        }
    }

    /**
     * The operator's call ended: shown in a call, they go back to holding their entry (the outcome is still to record)
     * or to idle; a pause or a sign-out taken meanwhile stays.
     */
    public void callEnded(String username) {
        List<?> after = em.createNativeQuery("UPDATE operator_presence SET state = CASE WHEN entry_id IS NULL"
                        + " THEN 'IDLE' ELSE 'HOLDING' END, since = now(), node = ?2 WHERE username = ?1 AND state = 'IN_CALL'"
                        + " RETURNING state, campaign_id")
                .setParameter(1, username).setParameter(2, Node.name()).getResultList();
        for (Object row : after) {
            Object[] r = (Object[]) row;
            changes.fire(new BoardChanged(username, OperatorState.valueOf((String) r[0]), Rows.numberOrNull(r[1]), null));
        }
    }

    public void signedOut(String username) {
        mark(username, OperatorState.LOGGED_OUT, null, null, null);
    }

    public void paused(String username, String reason) {
        mark(username, OperatorState.PAUSED, null, null, reason);
    }

    /** Signed out, or never seen. */
    public boolean isLoggedOut(String username) {
        return em.createNativeQuery("SELECT 1 FROM operator_presence WHERE username = ? AND state <> 'LOGGED_OUT'")
                .setParameter(1, username).getResultList().isEmpty();
    }

    /** Holding a customer (or in a call about one). */
    public boolean isHolding(String username) {
        return !em.createNativeQuery("SELECT 1 FROM campaign_entry WHERE held_by = ? AND state = 'HELD'")
                .setParameter(1, username).getResultList().isEmpty();
    }

    public boolean isPaused(String username) {
        return !em.createNativeQuery(PAUSED)
                .setParameter(1, username).getResultList().isEmpty();
    }

    /** Every enabled operator, with what they are doing (signed out if never seen), by name. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<BoardRow> board() {
        return Rows.of(em.createNativeQuery("SELECT u.username, u.full_name, coalesce(o.state, 'LOGGED_OUT'), o.since,"
                + " o.campaign_id, c.name, o.entry_id, o.node, o.pause_reason FROM app_user u"
                + " JOIN app_user_role r ON r.user_id = u.id AND r.role = 'OPERATOR'"
                + " LEFT JOIN operator_presence o ON o.username = u.username"
                + " LEFT JOIN campaign c ON c.id = o.campaign_id"
                + " WHERE u.enabled ORDER BY u.username")).stream()
                .map(r -> new BoardRow((String) r[0], (String) r[1], OperatorState.valueOf((String) r[2]),
                        Rows.instant(r[3]), Rows.numberOrNull(r[4]), (String) r[5], Rows.numberOrNull(r[6]),
                        (String) r[7], (String) r[8])).toList();
    }

    private void mark(String username, OperatorState state, Long campaignId, Long entryId, String pauseReason) {
        int changed = Sql.with(dataSource, sql -> sql.update(UPSERT, username, state.name(), campaignId, entryId,
                Node.name(), pauseReason));
        if (changed > 0) {
            changes.fire(new BoardChanged(username, state, campaignId, null));
        }
    }
}
