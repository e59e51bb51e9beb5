package it.callcenter.queue;

import it.callcenter.registry.PartyAccessGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** An operator sees the party of the entry they hold, whatever the party's visibility: it is the customer on the line. */
@ApplicationScoped
public class HeldEntryGrants implements PartyAccessGrants {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean grants(String username, long partyId) {
        return !em.createNativeQuery("SELECT 1 FROM campaign_entry WHERE party_id = ? AND held_by = ? AND state = 'HELD' LIMIT 1")
                .setParameter(1, partyId).setParameter(2, username).getResultList().isEmpty();
    }
}
