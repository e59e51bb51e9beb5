package it.callcenter.agenda;

import it.callcenter.ForbiddenException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyService;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Activities (tasks): something to do about a party by a day, for one user. "Oggi" lists what is due for the
 * signed-in user; the card lists the party's; anyone who may work on the party may mark one done.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class Activities {

    private static final String VIEW_SQL = "SELECT a.id, a.party_id, p.display_name, a.text, a.due_on, a.due_time,"
            + " a.assigned_to, a.created_by, a.created_at, a.done_by, a.done_at, a.version"
            + " FROM activity a JOIN party p ON p.id = a.party_id";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private PartyService registry;

    /** A new activity on the party, for the assignee (the caller when none is named); due today at the earliest. */
    public long create(long partyId, ActivityDraft draft) {
        AgendaParties parties = new AgendaParties(em);
        parties.name(partyId);
        ActivityDraft d = draft == null ? new ActivityDraft(null, null, null, null) : draft;
        String caller = session.getCallerPrincipal().getName();
        Violations violations = new Violations();
        String text = violations.text("activity.text", d.text(), Activity.TEXT_MAX, true);
        LocalDate dueOn = violations.required("activity.dueOn", d.dueOn());
        if (dueOn != null && dueOn.isBefore(LocalDate.now(CallWindows.ITALY))) {
            violations.add("activity.dueOn", "ACTIVITY_DUE_IN_PAST");
        }
        String assignee = d.assignee() == null || d.assignee().isBlank() ? caller : d.assignee().strip();
        if (!parties.isEnabledUser(assignee)) {
            violations.add("activity.assignee", "UNKNOWN_USER", assignee);
        }
        violations.throwIfAny();
        Activity activity = new Activity(partyId, text, dueOn, d.dueTime(), assignee, caller);
        em.persist(activity);
        em.flush();
        return activity.getId();
    }

    /** Marks the activity, read at {@code version}, of a party the caller may see, done by the caller. */
    public void complete(long id, long version) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null || !registry.isVisible(activity.getPartyId())) {
            throw new NotFoundException("activity " + id);
        }
        if (activity.getVersion() != version) {
            throw new StaleVersionException("activity " + id);
        }
        activity.complete(session.getCallerPrincipal().getName());
        em.flush();
    }

    /**
     * What the user has to do by the end of {@code day} and has not done: late ones first, then by time (those
     * without a time last). A user reads their own list; supervisors and above anyone's.
     */
    public List<ActivityView> dueFor(String username, LocalDate day) {
        String caller = session.getCallerPrincipal().getName();
        if (!caller.equals(username) && !session.isCallerInRole(Role.SUPERVISOR_NAME)
                && !session.isCallerInRole(Role.MANAGER_NAME) && !session.isCallerInRole(Role.ADMIN_NAME)) {
            throw new ForbiddenException("username", "FORBIDDEN");
        }
        return views(em.createNativeQuery(VIEW_SQL + " WHERE a.assigned_to = ?1 AND a.done_at IS NULL AND a.due_on <= ?2"
                + " ORDER BY a.due_on, a.due_time NULLS LAST, a.id").setParameter(1, username).setParameter(2, day));
    }

    /** The party's activities: open ones first (soonest due first), then the done ones, latest done first. */
    public List<ActivityView> ofParty(long partyId) {
        return views(em.createNativeQuery(VIEW_SQL + " WHERE a.party_id = ?1"
                + " ORDER BY a.done_at IS NOT NULL, a.due_on, a.due_time NULLS LAST, a.done_at DESC, a.id")
                .setParameter(1, partyId));
    }

    private static List<ActivityView> views(Query query) {
        return Rows.of(query).stream().map(r -> new ActivityView(Rows.number(r[0]), Rows.number(r[1]), (String) r[2],
                (String) r[3], Rows.date(r[4]), time(r[5]), (String) r[6], (String) r[7], Rows.instant(r[8]),
                (String) r[9], Rows.instant(r[10]), Rows.number(r[11]))).toList();
    }

    private static LocalTime time(Object value) {
        return value == null ? null : value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
    }
}
