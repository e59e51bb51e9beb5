package it.callcenter.registry;

import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A party's timeline, newest first: what every area says happened to it ({@link TimelineSource}); a company's
 * timeline also shows its legal representative's and administrators' events (seed 004), marked with their id.
 * Only for a caller who may see the party.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyTimeline {

    public static final int MAX_EVENTS = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    @Any
    private Instance<TimelineSource> sources;

    public List<TimelineEvent> of(long partyId, int limit) {
        Party party = new CallerParties(em, session).visible(partyId);
        int bounded = Math.max(1, Math.min(limit, MAX_EVENTS));
        Set<Long> parties = new LinkedHashSet<>(List.of(partyId));
        if (party instanceof Company) {
            parties.addAll(people(partyId));
        }
        List<TimelineEvent> events = new ArrayList<>();
        sources.forEach(source -> events.addAll(source.events(parties, bounded)));
        return events.stream().sorted(Comparator.comparing(TimelineEvent::at).reversed()).limit(bounded).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> people(long companyId) {
        List<Object> ids = em.createNativeQuery("SELECT legal_representative_id FROM party WHERE id = ?1"
                        + " AND legal_representative_id IS NOT NULL"
                        + " UNION SELECT person_id FROM company_administrator WHERE company_id = ?1")
                .setParameter(1, companyId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
