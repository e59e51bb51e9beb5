package it.callcenter.registry;

import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.security.Role;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/**
 * The parties as the calling user reaches them, by the rules of {@link PartyService}: a party outside the caller's
 * visibility does not exist for them, and a change made on a stale version is refused. For the registry's
 * services other than PartyService (privacy, photo), which need the same answers.
 */
final class CallerParties {

    private final EntityManager em;
    private final SessionContext session;

    CallerParties(EntityManager em, SessionContext session) {
        this.em = em;
        this.session = session;
    }

    Party visible(long id) {
        Party party = em.find(Party.class, id);
        if (party == null || !(party.isVisibleTo(caller(), seesAll()) || PartyAccessGrants.anyGrants(caller(), id))) {
            throw new NotFoundException("party " + id);
        }
        return party;
    }

    /** The party, if visible and still at the version the caller read. */
    Party atVersion(long id, long version) {
        Party party = visible(id);
        if (party.getVersion() != version) {
            throw new StaleVersionException("party " + id);
        }
        return party;
    }

    /** Whether the caller may see this party (a linked person, say). */
    boolean sees(Party party) {
        return party.isVisibleTo(caller(), seesAll());
    }

    String caller() {
        return session.getCallerPrincipal().getName();
    }

    private boolean seesAll() {
        return session.isCallerInRole(Role.SUPERVISOR_NAME) || session.isCallerInRole(Role.MANAGER_NAME)
                || session.isCallerInRole(Role.ADMIN_NAME);
    }
}
