package it.callcenter.queue;

import it.callcenter.compliance.CallPermission;
import it.callcenter.compliance.CallWindows;
import it.callcenter.compliance.CallWindowsForm;
import it.callcenter.compliance.RequiredConsent;
import it.callcenter.platform.Rows;
import it.callcenter.platform.Sql;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * "Next customer" and what an operator holds. An operator holds one entry at a time: asking again while holding
 * answers the same entry (a reload of the workstation neither loses it nor takes a second). Which campaigns may
 * call now is decided here from the clock; which entry, and that nobody else gets it, by {@link DispatchSql}.
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
public class QueueService {

    static final String HELD = "SELECT id, campaign_id, party_id, phone, attempts, last_outcome,"
            + " callback_shared_at IS NOT NULL, held_at, lease_until FROM campaign_entry"
            + " WHERE held_by = ? AND state = 'HELD' ORDER BY held_at DESC LIMIT 1";
    /**
     * Whether the operator is paused, and the entry they hold if any, in one statement (two markers, both the
     * operator's name): a round trip fewer on every "next customer".
     */
    static final String PAUSED_AND_HELD = "SELECT EXISTS (SELECT 1 FROM operator_presence WHERE username = ?"
            + " AND state = 'PAUSED'), h.* FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT id, campaign_id, party_id, phone,"
            + " attempts, last_outcome, callback_shared_at IS NOT NULL, held_at, lease_until FROM campaign_entry"
            + " WHERE held_by = ? AND state = 'HELD' ORDER BY held_at DESC LIMIT 1) h ON true";
    /**
     * "Next customer" starts with {@link #PAUSED_AND_HELD} and the operator's clock-in ({@link OperatorRegister}: the
     * WORK interval opened unless one is open) in the same statement: one round trip, not two. A paused operator is
     * clocked in already (a pause clocks in), so the clock-in before the pause's check changes nothing for them.
     * Markers: the operator's name, four times.
     */
    static final String CLOCK_IN_PAUSED_AND_HELD = OperatorRegister.CLOCK_IN_BEFORE + " " + PAUSED_AND_HELD;
    /** The operator's active campaigns with what dispatch needs of them (no entity read a campaign: issue 12). */
    static final String ASSIGNED = "SELECT c.id, a.mode, c.call_windows, c.required_consent, c.requires_rpo_check"
            + " FROM campaign c JOIN campaign_assignment a"
            + " ON a.campaign_id = c.id WHERE a.username = ? AND c.state = 'ACTIVE' ORDER BY c.id";
    /** Gives the held entry back (markers: the entry, the holder). */
    static final String RELEASE = "UPDATE campaign_entry SET state = CASE WHEN callback_shared_at IS NULL"
            + " THEN 'OPEN' ELSE 'CALLBACK' END, held_by = NULL, held_at = NULL, lease_until = NULL,"
            + " version = version + 1 WHERE id = ? AND state = 'HELD' AND held_by = ?";

    /** Plain JDBC, not EclipseLink's native queries: this is the queue's hot path ({@link Sql}). */
    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @EJB
    private OperatorPresence presence;

    public NextCustomer next() {
        String me = session.getCallerPrincipal().getName();
        return Sql.with(dataSource, sql -> next(sql, me));
    }

    private NextCustomer next(Sql sql, String me) throws SQLException {
        Object[] pausedAndHeld = sql.rows(CLOCK_IN_PAUSED_AND_HELD, me, me, me, me).get(0);
        if (Boolean.TRUE.equals(pausedAndHeld[0])) {
            return NextCustomer.none(QueueReason.PAUSED, null);
        }
        Optional<Dispatched> held = heldIn(pausedAndHeld);
        if (held.isPresent()) {
            return NextCustomer.of(held.get());
        }
        List<Assigned> assigned = assignedActiveCampaigns(sql, me);
        if (assigned.isEmpty()) {
            presence.idle(me);
            return NextCustomer.none(QueueReason.NOTHING_DUE, null);
        }
        ZonedDateTime now = ZonedDateTime.now(CallWindows.ITALY);
        List<DispatchSql.Eligible> eligible = new ArrayList<>();
        Instant nextOpening = null;
        for (Assigned a : assigned) {
            CallWindows windows = a.windows();
            if (windows.isOpen(now)) {
                eligible.add(new DispatchSql.Eligible(a.campaignId(), a.permission(), a.shared()));
            } else {
                Instant opening = windows.nextOpening(now).map(ZonedDateTime::toInstant).orElse(null);
                if (opening != null && (nextOpening == null || opening.isBefore(nextOpening))) {
                    nextOpening = opening;
                }
            }
        }
        if (eligible.isEmpty()) {
            presence.idle(me);
            return NextCustomer.none(QueueReason.OUTSIDE_CALL_WINDOW, nextOpening);
        }
        // campaigns taken in a new order each time, so that none waits behind another
        Collections.shuffle(eligible, ThreadLocalRandom.current());
        Optional<Dispatched> picked = pick(sql, me, eligible);
        if (picked.isEmpty()) {
            presence.idle(me);
            return NextCustomer.none(QueueReason.NOTHING_DUE, null);
        }
        presence.holding(me, picked.get().campaignId(), picked.get().entryId());
        return NextCustomer.of(picked.get());
    }

    /** The entry the caller holds now, if any. */
    public Optional<Dispatched> current() {
        String me = session.getCallerPrincipal().getName();
        return heldIn(Sql.with(dataSource, sql -> sql.rows(PAUSED_AND_HELD, me, me).get(0)));
    }

    /** Gives back the held entry without an outcome (the operator cannot work it now): it is due again at once. */
    public void release(long entryId) {
        String me = session.getCallerPrincipal().getName();
        int released = Sql.with(dataSource, sql -> sql.update(RELEASE, entryId, me));
        if (released == 0) {
            throw new EntryNotHeldException(entryId);
        }
        presence.idle(me);
    }

    private static Optional<Dispatched> pick(Sql sql, String me, List<DispatchSql.Eligible> eligible)
            throws SQLException {
        DispatchSql dispatch = DispatchSql.of(me, eligible);
        return sql.rows(dispatch.sql(), dispatch.parameters().toArray()).stream().findFirst()
                .map(QueueService::dispatched);
    }

    /** The held entry of a {@link #PAUSED_AND_HELD} row (its columns after the first), if any. */
    private static Optional<Dispatched> heldIn(Object[] r) {
        return r[1] == null ? Optional.empty() : Optional.of(new Dispatched(Rows.number(r[1]), Rows.number(r[2]),
                Rows.number(r[3]), (String) r[4], ((Number) r[5]).intValue(), (String) r[6], Boolean.TRUE.equals(r[7]),
                Rows.instant(r[8]), Rows.instant(r[9])));
    }

    private static Dispatched dispatched(Object[] r) {
        // RETURNING: id, campaign_id, party_id, phone, attempts, last_outcome, is callback, lease_until
        Instant leaseUntil = Rows.instant(r[7]);
        return new Dispatched(Rows.number(r[0]), Rows.number(r[1]), Rows.number(r[2]), (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], Boolean.TRUE.equals(r[6]), Instant.now(), leaseUntil);
    }

    private record Assigned(long campaignId, boolean shared, CallWindows windows, CallPermission permission) {
    }

    private static List<Assigned> assignedActiveCampaigns(Sql sql, String me) throws SQLException {
        List<Assigned> assigned = new ArrayList<>();
        for (Object[] r : sql.rows(ASSIGNED, me)) {
            assigned.add(new Assigned(Rows.number(r[0]), "SHARED".equals(r[1]), CallWindowsForm.parse((String) r[2]),
                    new CallPermission(r[3] == null ? null : RequiredConsent.valueOf((String) r[3]), Boolean.TRUE.equals(r[4]))));
        }
        return assigned;
    }
}
