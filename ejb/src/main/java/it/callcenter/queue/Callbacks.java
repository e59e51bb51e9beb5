package it.callcenter.queue;

import it.callcenter.BusinessException;
import it.callcenter.campaign.Campaign;
import it.callcenter.campaign.CampaignState;
import it.callcenter.compliance.CallPermission;
import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The callbacks of "Oggi": the caller's own and anyone's of the caller's active campaigns, due by the end of the
 * day (Italian time), late ones first; and taking one of them out of turn, which leases that entry to the caller as
 * "next customer" would (the same compliance rule, the calling window open, nobody holding it). Each of the two
 * kinds is read through its own partial index.
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
public class Callbacks {

    /** At most this many are listed: a shared callback list of a large campaign can be long. */
    public static final int MAX_LISTED = 200;

    static final String DUE_TODAY = "SELECT e.id, e.campaign_id, c.name, e.party_id, p.display_name, e.phone, e.due_at,"
            + " e.callback_for IS NOT NULL FROM ("
            + "SELECT m.id FROM campaign_entry m WHERE m.state = 'CALLBACK' AND m.callback_for = ?1 AND m.due_at < ?2"
            + " UNION ALL SELECT s.id FROM campaign_assignment a JOIN campaign_entry s ON s.campaign_id = a.campaign_id"
            + " AND s.state = 'CALLBACK' AND s.callback_for IS NULL AND s.due_at < ?2 WHERE a.username = ?1) t"
            + " JOIN campaign_entry e ON e.id = t.id JOIN campaign c ON c.id = e.campaign_id AND c.state = 'ACTIVE'"
            + " JOIN party p ON p.id = e.party_id ORDER BY e.due_at, e.id LIMIT " + MAX_LISTED;
    static final String CAMPAIGN_OF = "SELECT e.campaign_id FROM campaign_entry e JOIN campaign_assignment a"
            + " ON a.campaign_id = e.campaign_id AND a.username = ?1 WHERE e.id = ?2";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private OperatorPresence presence;

    /** The caller's callbacks and their campaigns' shared ones due by the end of today, the most overdue first. */
    public List<DueCallback> dueToday() {
        Instant endOfToday = LocalDate.now(CallWindows.ITALY).plusDays(1).atStartOfDay(CallWindows.ITALY).toInstant();
        return Rows.of(em.createNativeQuery(DUE_TODAY).setParameter(1, caller()).setParameter(2, Timestamp.from(endOfToday)))
                .stream().map(r -> new DueCallback(Rows.number(r[0]), Rows.number(r[1]), (String) r[2], Rows.number(r[3]),
                        (String) r[4], (String) r[5], Rows.instant(r[6]), Boolean.TRUE.equals(r[7]))).toList();
    }

    /**
     * Leases the callback {@code entryId} to the caller: it must be due, the caller's or anyone's, of an active
     * campaign of theirs whose window is open, callable by the campaign's rule, and held by nobody; the caller must
     * hold nothing else and not be on a pause.
     */
    public Dispatched take(long entryId) {
        String me = caller();
        if (presence.isPaused(me)) {
            throw new BusinessException(null, "OPERATOR_PAUSED");
        }
        if (!em.createNativeQuery(QueueService.HELD).setParameter(1, me).getResultList().isEmpty()) {
            throw new BusinessException("entryId", "ALREADY_HOLDING");
        }
        Campaign campaign = Rows.of(em.createNativeQuery(CAMPAIGN_OF).setParameter(1, me).setParameter(2, entryId)).stream()
                .findFirst().map(r -> em.find(Campaign.class, Rows.number(r[0])))
                .filter(c -> c.getState() == CampaignState.ACTIVE)
                .orElseThrow(() -> new BusinessException("entryId", "CALLBACK_NOT_AVAILABLE"));
        if (!campaign.callWindows().isOpen(ZonedDateTime.now(CallWindows.ITALY))) {
            throw new BusinessException("entryId", "OUTSIDE_CALL_WINDOW");
        }
        CallPermission rule = new CallPermission(campaign.getRequiredConsent(), campaign.isRequiresRpoCheck());
        String sql = "WITH pick AS (SELECT e.id FROM campaign_entry e JOIN party p ON p.id = e.party_id"
                + rule.freshRpoJoin("e.phone", "r")
                + " WHERE e.id = ?1 AND e.state = 'CALLBACK' AND (e.callback_for = ?2 OR e.callback_for IS NULL)"
                + " AND e.due_at <= now() AND " + rule.callable("e.phone", "p", "r") + " FOR UPDATE OF e SKIP LOCKED)"
                + " UPDATE campaign_entry e SET state = 'HELD', held_by = ?2, held_at = now(),"
                + " lease_until = now() + make_interval(secs => c.lease_seconds), version = e.version + 1"
                + " FROM pick, campaign c WHERE e.id = pick.id AND c.id = e.campaign_id"
                + " RETURNING e.id, e.campaign_id, e.party_id, e.phone, e.attempts, e.last_outcome, e.held_at, e.lease_until";
        Dispatched taken = Rows.of(em.createNativeQuery(sql).setParameter(1, entryId).setParameter(2, me)).stream()
                .findFirst().map(r -> new Dispatched(Rows.number(r[0]), Rows.number(r[1]), Rows.number(r[2]), (String) r[3],
                        ((Number) r[4]).intValue(), (String) r[5], true, Rows.instant(r[6]), Rows.instant(r[7])))
                .orElseThrow(() -> new BusinessException("entryId", "CALLBACK_NOT_AVAILABLE"));
        presence.holding(me, taken.campaignId(), taken.entryId());
        return taken;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
