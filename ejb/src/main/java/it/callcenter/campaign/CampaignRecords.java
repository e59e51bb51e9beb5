package it.callcenter.campaign;

import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * The campaigns' rows about a party in the privacy export (section {@code campaigns}: each membership with the
 * number it is called on and how far it went) and their deletion at the erasure; the attempts on an entry go with
 * it (entry_attempt cascades from campaign_entry).
 */
@Stateless
public class CampaignRecords implements PartyRecords {

    public record EntryRecord(long campaignId, String campaign, String phone, String state, String assignedTo,
                              Instant addedAt, int attempts, String lastOutcome) {
    }

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "campaigns";
    }

    @Override
    public Object export(long partyId) {
        return Rows.of(em.createNativeQuery("SELECT e.campaign_id, c.name, e.phone, e.state, e.assigned_to, e.added_at,"
                        + " e.attempts, e.last_outcome FROM campaign_entry e JOIN campaign c ON c.id = e.campaign_id"
                        + " WHERE e.party_id = ?1 ORDER BY e.added_at, e.id").setParameter(1, partyId)).stream()
                .map(r -> new EntryRecord(Rows.number(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        Rows.instant(r[5]), ((Number) r[6]).intValue(), (String) r[7]))
                .toList();
    }

    @Override
    public void erase(long partyId) {
        em.createNativeQuery("DELETE FROM campaign_entry WHERE party_id = ?1").setParameter(1, partyId).executeUpdate();
    }
}
