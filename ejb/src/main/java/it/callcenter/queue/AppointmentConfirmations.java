package it.callcenter.queue;

import it.callcenter.campaign.OutcomeSets;
import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.BackgroundJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * The day before an appointment, a call to confirm it is queued for the operators: each booked appointment of
 * tomorrow (Italian day) puts its party, on its first phone (mobile first), in the system's campaign "Conferme
 * appuntamenti" as an entry due now, which "next customer" hands out like any other. Once per appointment
 * ({@code appointment.confirmation_queued_at}, set in the same statement); a party already in the campaign from an
 * earlier appointment is put back in the queue, one with an entry still open is called once for all. A number on the
 * do-not-call list is not queued. The campaign is made by the first run, active, with the default outcomes, under
 * the legal calling windows; the supervisor chooses who makes these calls, assigning operators to it as to any campaign.
 */
@Stateless
public class AppointmentConfirmations implements BackgroundJob {

    public static final String PURPOSE = "APPOINTMENT_CONFIRMATION";
    static final String NAME = "Conferme appuntamenti";
    static final String SCRIPT = "Buongiorno, sono {operatore}: la chiamo per confermare l'appuntamento di domani con il nostro"
            + " consulente. Le va ancora bene l'orario? (Data, ora e luogo sono nella cronologia della scheda.)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OutcomeSets outcomes;

    @Override
    public String name() {
        return "queue.appointment-confirmations";
    }

    @Override
    public int intervalSeconds() {
        return 20;
    }

    @Override
    public String run() {
        long campaign = campaign();
        LocalDate tomorrow = LocalDate.now(CallWindows.ITALY).plusDays(1);
        Object[] counts = (Object[]) em.createNativeQuery(QUEUE)
                .setParameter(1, Timestamp.from(tomorrow.atStartOfDay(CallWindows.ITALY).toInstant()))
                .setParameter(2, Timestamp.from(tomorrow.plusDays(1).atStartOfDay(CallWindows.ITALY).toInstant()))
                .setParameter(3, campaign).getSingleResult();
        return counts[0] + " appointments of " + tomorrow + " seen, " + counts[1] + " confirmation calls queued";
    }

    /**
     * Tomorrow's appointments not queued yet, marked queued; their parties' first phones not on the do-not-call list
     * put in the campaign due now (a party there from an earlier appointment, its entry done, is put back).
     */
    static final String QUEUE = "WITH due AS (SELECT a.id, a.party_id,"
            + " (SELECT c.search_key FROM party_contact c WHERE c.party_id = a.party_id AND c.kind IN ('MOBILE', 'PHONE')"
            + " AND c.search_key IS NOT NULL ORDER BY c.kind, c.position LIMIT 1) AS phone"
            + " FROM appointment a WHERE a.state = 'BOOKED' AND a.confirmation_queued_at IS NULL"
            + " AND a.starts_at >= ?1 AND a.starts_at < ?2 FOR UPDATE OF a SKIP LOCKED),"
            + " marked AS (UPDATE appointment SET confirmation_queued_at = now() WHERE id IN (SELECT id FROM due) RETURNING id),"
            + " queued AS (INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, added_at, due_at, dispatch_key)"
            + " SELECT n.id, ?3, n.party_id, n.phone, 'OPEN', now(), now(), n.id FROM (SELECT nextval('campaign_entry_seq') AS id,"
            + " d.party_id, d.phone FROM (SELECT DISTINCT ON (party_id) party_id, phone FROM due WHERE phone IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM do_not_call x WHERE x.number = due.phone) ORDER BY party_id) d) n"
            + " ON CONFLICT (campaign_id, party_id) DO UPDATE SET state = 'OPEN', phone = EXCLUDED.phone, due_at = now(),"
            + " attempts = 0, last_outcome = NULL, callback_for = NULL, callback_shared_at = NULL, assigned_to = NULL,"
            + " version = campaign_entry.version + 1 WHERE campaign_entry.state = 'DONE' RETURNING 1)"
            + " SELECT (SELECT count(*) FROM marked), (SELECT count(*) FROM queued)";

    /** The system's confirmation campaign, made by the first run. */
    private long campaign() {
        List<?> found = em.createNativeQuery("SELECT id FROM campaign WHERE system_purpose = ?1").setParameter(1, PURPOSE)
                .getResultList();
        if (!found.isEmpty()) {
            return ((Number) found.get(0)).longValue();
        }
        long id = ((Number) em.createNativeQuery("SELECT nextval('campaign_seq')").getSingleResult()).longValue();
        boolean nameTaken = !em.createNativeQuery("SELECT 1 FROM campaign WHERE name = ?1").setParameter(1, NAME)
                .getResultList().isEmpty();
        em.createNativeQuery("INSERT INTO campaign (id, name, description, state, script, created_by, system_purpose)"
                        + " VALUES (?1, ?2, ?3, 'ACTIVE', ?4, 'system', ?5)")
                .setParameter(1, id).setParameter(2, nameTaken ? NAME + " (" + id + ")" : NAME)
                .setParameter(3, "Chiamate di conferma degli appuntamenti del giorno dopo: le mette in coda il sistema.")
                .setParameter(4, SCRIPT).setParameter(5, PURPOSE).executeUpdate();
        outcomes.copyDefaultsTo(id);
        return id;
    }
}
