package it.callcenter.telephony;

import it.callcenter.registry.PartyAccessGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An operator sees the party of a call of theirs of the last twelve hours, whatever its visibility: the customer who
 * rang them (the card popped for them), or whom they called; the notes and the outcome come after the call.
 */
@ApplicationScoped
public class CallGrants implements PartyAccessGrants {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean grants(String username, long partyId) {
        return !em.createNativeQuery("SELECT 1 FROM call WHERE party_id = ?1 AND operator = ?2"
                        + " AND started_at > now() - interval '12 hours' LIMIT 1")
                .setParameter(1, partyId).setParameter(2, username).getResultList().isEmpty();
    }
}
