package it.callcenter.agenda;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyService;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Booking from the workstation: the active agents whose zone covers the party's comune (by the comune, its postal
 * code or its province) and their free slots in the next days ({@link SlotPlanner}: within the agent's days and
 * hours, never in the past, the travel time kept free around every booked appointment). Reads only; the booking
 * itself is {@link AppointmentBook#book}, which checks the overlap again under the agent's lock.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class SlotProposals {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 60;
    /** Slots shown per agent: more than anyone reads on a call. */
    public static final int MAX_SLOTS = 40;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PartyService registry;

    @EJB
    private FieldAgents agents;

    public List<AgentSlots> forParty(long partyId, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new BusinessException("days", "OUT_OF_RANGE", 1, MAX_DAYS);
        }
        if (!registry.isVisible(partyId)) {
            throw new NotFoundException("party " + partyId);
        }
        List<Object[]> place = Rows.of(em.createNativeQuery("SELECT p.comune_istat, p.postal_code, c.province_abbr"
                + " FROM party p LEFT JOIN comune c ON c.istat_code = p.comune_istat WHERE p.id = ?1").setParameter(1, partyId));
        if (place.isEmpty()) {
            throw new NotFoundException("party " + partyId);
        }
        Object[] p = place.get(0);
        Instant now = Instant.now();
        List<AgentSlots> proposals = new ArrayList<>();
        for (Object[] a : Rows.of(em.createNativeQuery("SELECT f.username, coalesce(u.full_name, f.username) FROM field_agent f"
                        + " JOIN app_user u ON u.username = f.username WHERE f.active AND u.enabled AND EXISTS (SELECT 1"
                        + " FROM field_agent_zone z WHERE z.username = f.username AND ((z.kind = 'COMUNE' AND z.code = ?1)"
                        + " OR (z.kind = 'POSTAL_CODE' AND z.code = ?2) OR (z.kind = 'PROVINCE' AND z.code = ?3)))"
                        + " ORDER BY 2, 1")
                .setParameter(1, text(p[0])).setParameter(2, text(p[1])).setParameter(3, text(p[2])))) {
            String agent = (String) a[0];
            AgentWorkPlan plan = agents.workPlanOf(agent);
            List<Slot> booked = booked(agent, now, days);
            List<AgentSlots.FreeSlot> free = SlotPlanner.free(plan, booked, now, days, MAX_SLOTS).stream()
                    .map(s -> new AgentSlots.FreeSlot(s.start(), s.end())).toList();
            proposals.add(new AgentSlots(agent, (String) a[1], plan.appointmentMinutes(), free));
        }
        return proposals;
    }

    private List<Slot> booked(String agent, Instant now, int days) {
        Instant from = now.minus(Duration.ofDays(1));
        Instant to = now.plus(Duration.ofDays(days + 1L));
        return Rows.of(em.createNativeQuery("SELECT starts_at, ends_at FROM appointment WHERE agent = ?1 AND state = 'BOOKED'"
                        + " AND starts_at < ?2 AND ends_at > ?3 ORDER BY starts_at")
                .setParameter(1, agent).setParameter(2, AppointmentBook.utc(to)).setParameter(3, AppointmentBook.utc(from)))
                .stream().map(r -> new Slot(Rows.instant(r[0]), Rows.instant(r[1]))).toList();
    }

    /** A char column's value as the zones store it ("" when the party has none: it matches no zone). */
    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
