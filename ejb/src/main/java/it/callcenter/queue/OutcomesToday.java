package it.callcenter.queue;

import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The outcomes recorded today (Italian time) in every campaign, by code, most first: the board's chart. */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class OutcomesToday {

    static final String BY_OUTCOME = "SELECT outcome, count(*) FROM entry_attempt WHERE recorded_at >= ?1"
            + " GROUP BY outcome ORDER BY count(*) DESC, outcome";

    @PersistenceContext
    private EntityManager em;

    public Map<String, Long> byOutcome() {
        Timestamp midnight = Timestamp.from(LocalDate.now(CallWindows.ITALY).atStartOfDay(CallWindows.ITALY).toInstant());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : Rows.of(em.createNativeQuery(BY_OUTCOME).setParameter(1, midnight))) {
            counts.put((String) r[0], Rows.number(r[1]));
        }
        return counts;
    }
}
