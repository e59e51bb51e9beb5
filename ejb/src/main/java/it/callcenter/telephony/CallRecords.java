package it.callcenter.telephony;

import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The party's calls in its privacy export, and gone with its erasure (their numbers are the party's data). */
@Stateless
public class CallRecords implements PartyRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "calls";
    }

    @Override
    public Object export(long partyId) {
        return Rows.of(em.createNativeQuery("SELECT " + CallView.COLUMNS + " FROM call WHERE party_id = ?1 ORDER BY started_at")
                .setParameter(1, partyId)).stream().map(CallView::of).toList();
    }

    @Override
    public void erase(long partyId) {
        em.createNativeQuery("DELETE FROM call WHERE party_id = ?1").setParameter(1, partyId).executeUpdate();
    }
}
