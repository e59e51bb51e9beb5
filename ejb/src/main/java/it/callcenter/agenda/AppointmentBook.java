package it.callcenter.agenda;

import it.callcenter.BusinessException;
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

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Appointments in the field agents' calendars. A booking locks the agent's row first, so two operators booking the
 * same agent at the same time are served one after the other and the second sees the first's appointment: an
 * agent is never booked twice for the same minutes ({@link Slot#overlaps}).
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class AppointmentBook {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 480;
    /** The longest range one read may cover. */
    public static final Duration MAX_RANGE = Duration.ofDays(366);
    /** What an agent's iCal feed holds: from this long ago to {@link #FEED_AHEAD} ahead. */
    static final Duration FEED_BEHIND = Duration.ofDays(90);
    static final Duration FEED_AHEAD = Duration.ofDays(366);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CallWindows.ITALY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(CallWindows.ITALY);
    private static final String VIEW_SQL = "SELECT a.id, a.party_id, p.display_name, a.campaign_id, a.agent, u.full_name,"
            + " a.starts_at, a.ends_at, a.place, a.notes, a.state, a.booked_by, a.booked_at, a.version"
            + " FROM appointment a JOIN party p ON p.id = a.party_id JOIN app_user u ON u.username = a.agent";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private PartyService registry;

    /** Books the agent for the party; the campaign and entry (both may be null) say which call produced it. */
    public long book(long partyId, Long campaignId, Long entryId, AppointmentDraft draft) {
        AgendaParties parties = new AgendaParties(em);
        parties.name(partyId);
        AppointmentDraft d = draft == null ? new AppointmentDraft(null, null, 0, null, null) : draft;
        Violations violations = new Violations();
        String agent = violations.text("appointment.agent", d.agent(), 64, true);
        Instant start = violations.required("appointment.start", d.start());
        if (start != null && !start.isAfter(Instant.now())) {
            violations.add("appointment.start", "APPOINTMENT_IN_PAST");
        }
        if (d.durationMinutes() < MIN_MINUTES || d.durationMinutes() > MAX_MINUTES) {
            violations.add("appointment.durationMinutes", "DURATION_OUT_OF_RANGE", MIN_MINUTES, MAX_MINUTES);
        }
        String place = violations.text("appointment.place", d.place(), Appointment.PLACE_MAX, false);
        boolean placeGiven = d.place() != null && !d.place().isBlank();
        if (!placeGiven) {
            place = parties.address(partyId).map(AppointmentBook::fitPlace).orElse(null);
            if (place == null) {
                violations.add("appointment.place", "PLACE_REQUIRED");
            }
        }
        String notes = violations.text("appointment.notes", d.notes(), Appointment.NOTES_MAX, false);
        String agentName = agent == null ? null : lockBookableAgent(agent);
        if (agent != null && agentName == null) {
            violations.add("appointment.agent", "NOT_A_FIELD_AGENT", agent);
        }
        violations.throwIfAny();
        Slot slot = Slot.of(start, d.durationMinutes());
        refuseOverlap(agent, agentName, slot);
        Appointment appointment = new Appointment(partyId, campaignId, entryId, agent, slot, place, notes,
                session.getCallerPrincipal().getName());
        em.persist(appointment);
        em.flush();
        return appointment.getId();
    }

    /** Cancels a booked appointment read at {@code version}, of a party the caller may see: the agent's time is free again. */
    public void cancel(long id, long version) {
        Appointment appointment = em.find(Appointment.class, id);
        if (appointment == null || !registry.isVisible(appointment.getPartyId())) {
            throw new NotFoundException("appointment " + id);
        }
        if (appointment.getVersion() != version) {
            throw new StaleVersionException("appointment " + id);
        }
        appointment.cancel(session.getCallerPrincipal().getName());
        em.flush();
    }

    /** The booked appointments that take place (even in part) between the two instants, of one agent or of all. */
    public List<AppointmentView> between(Instant from, Instant to, String agent) {
        if (from == null || to == null) {
            throw new BusinessException(from == null ? "from" : "to", "REQUIRED");
        }
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new BusinessException("to", "RANGE_INVALID", MAX_RANGE.toDays());
        }
        boolean oneAgent = agent != null && !agent.isBlank();
        // no appointment lasts longer than MAX_MINUTES: the lower bound on starts_at keeps the index range short
        Query query = em.createNativeQuery(VIEW_SQL + " WHERE a.state = 'BOOKED' AND a.starts_at < ?1 AND a.ends_at > ?2"
                        + " AND a.starts_at > ?3" + (oneAgent ? " AND a.agent = ?4" : "") + " ORDER BY a.starts_at, a.id")
                .setParameter(1, utc(to)).setParameter(2, utc(from))
                .setParameter(3, utc(from.minus(Duration.ofMinutes(MAX_MINUTES))));
        if (oneAgent) {
            query.setParameter(4, agent.strip());
        }
        return views(query);
    }

    /**
     * An agent's calendar for the iCal feed: the booked appointments from 90 days ago to a year ahead. Only for the
     * agent and for supervisors and above.
     */
    public List<AppointmentView> calendarOf(String agent) {
        String caller = session.getCallerPrincipal().getName();
        if (!caller.equals(agent) && !session.isCallerInRole(Role.SUPERVISOR_NAME)
                && !session.isCallerInRole(Role.MANAGER_NAME) && !session.isCallerInRole(Role.ADMIN_NAME)) {
            throw new ForbiddenException("agent", "FORBIDDEN");
        }
        if (em.find(FieldAgent.class, agent) == null) {
            throw new NotFoundException("field agent " + agent);
        }
        Instant now = Instant.now();
        return views(em.createNativeQuery(VIEW_SQL + " WHERE a.agent = ?1 AND a.state = 'BOOKED' AND a.starts_at >= ?2"
                        + " AND a.starts_at < ?3 ORDER BY a.starts_at, a.id")
                .setParameter(1, agent).setParameter(2, utc(now.minus(FEED_BEHIND))).setParameter(3, utc(now.plus(FEED_AHEAD))));
    }

    /** One appointment, booked or cancelled, of a party the caller may see. */
    public AppointmentView find(long id) {
        List<AppointmentView> found = views(em.createNativeQuery(VIEW_SQL + " WHERE a.id = ?1").setParameter(1, id));
        if (found.isEmpty() || !registry.isVisible(found.get(0).partyId())) {
            throw new NotFoundException("appointment " + id);
        }
        return found.get(0);
    }

    /** Every appointment of the party, booked or cancelled, the latest first. */
    public List<AppointmentView> ofParty(long partyId) {
        return views(em.createNativeQuery(VIEW_SQL + " WHERE a.party_id = ?1 ORDER BY a.starts_at DESC, a.id DESC")
                .setParameter(1, partyId));
    }

    /**
     * Locks the agent's row when the agent may be booked (active, and the user enabled), so bookings of one agent
     * queue up here; answers the agent's name, or null when the agent may not be booked.
     */
    private String lockBookableAgent(String agent) {
        List<Object[]> rows = Rows.of(em.createNativeQuery("SELECT u.full_name FROM field_agent f JOIN app_user u"
                + " ON u.username = f.username WHERE f.username = ?1 AND f.active AND u.enabled FOR UPDATE OF f")
                .setParameter(1, agent));
        return rows.isEmpty() ? null : (String) rows.get(0)[0];
    }

    private static String fitPlace(String address) {
        return address.length() > Appointment.PLACE_MAX ? address.substring(0, Appointment.PLACE_MAX) : address;
    }

    /** The agent's booked appointments near the slot are read; the rule of {@link Slot} decides. */
    private void refuseOverlap(String agent, String agentName, Slot slot) {
        List<Object[]> near = Rows.of(em.createNativeQuery("SELECT starts_at, ends_at FROM appointment WHERE agent = ?1"
                        + " AND state = 'BOOKED' AND starts_at >= ?2 AND starts_at < ?3 ORDER BY starts_at")
                .setParameter(1, agent)
                .setParameter(2, utc(slot.start().minus(Duration.ofMinutes(MAX_MINUTES))))
                .setParameter(3, utc(slot.end())));
        for (Object[] r : near) {
            Slot taken = new Slot(Rows.instant(r[0]), Rows.instant(r[1]));
            if (taken.overlaps(slot)) {
                throw new BusinessException("appointment.start", "APPOINTMENT_OVERLAP", agentName,
                        SHOWN.format(taken.start()), TIME.format(taken.end()));
            }
        }
    }

    private static List<AppointmentView> views(Query query) {
        List<AppointmentView> views = new ArrayList<>();
        for (Object[] r : Rows.of(query)) {
            views.add(new AppointmentView(Rows.number(r[0]), Rows.number(r[1]), (String) r[2], Rows.numberOrNull(r[3]),
                    (String) r[4], (String) r[5], Rows.instant(r[6]), Rows.instant(r[7]), (String) r[8], (String) r[9],
                    Appointment.State.valueOf((String) r[10]), (String) r[11], Rows.instant(r[12]), Rows.number(r[13])));
        }
        return views;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
