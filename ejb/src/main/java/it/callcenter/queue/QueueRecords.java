package it.callcenter.queue;

import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * The queue's rows about a party in the privacy export (section {@code attempts}: every attempt with its number,
 * operator, outcome and note) and their deletion at the erasure (they would also go with the campaign entries).
 */
@Stateless
public class QueueRecords implements PartyRecords {

    public record AttemptRecord(long campaignId, String phone, String operator, String outcome, String note,
                                Instant takenAt, Instant recordedAt, Instant callbackAt) {
    }

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "attempts";
    }

    @Override
    public Object export(long partyId) {
        return Rows.of(em.createNativeQuery("SELECT campaign_id, phone, operator, outcome, note, taken_at, recorded_at,"
                        + " callback_at FROM entry_attempt WHERE party_id = ?1 ORDER BY recorded_at, id").setParameter(1, partyId))
                .stream()
                .map(r -> new AttemptRecord(Rows.number(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        Rows.instant(r[5]), Rows.instant(r[6]), Rows.instant(r[7])))
                .toList();
    }

    @Override
    public void erase(long partyId) {
        em.createNativeQuery("DELETE FROM entry_attempt WHERE party_id = ?1").setParameter(1, partyId).executeUpdate();
    }
}
