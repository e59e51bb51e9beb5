package it.callcenter.queue;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignState;
import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * The contact promise ("richiamare fra 9 mesi per il rinnovo"): the party joins the target campaign with an entry
 * due from the promised day (midnight in Italy), and the promise is kept for the timeline. Nothing about consent,
 * do-not-call or the RPO is decided here: the entry is an ordinary open entry of the target campaign, and dispatch
 * applies that campaign's rules to it when it comes due (so a consent withdrawn meanwhile is honoured). A party
 * already in the target campaign has its entry reopened (if done) or moved to the promised day (if waiting); one
 * held or booked for a callback is refused. In a SPLIT campaign the entry is dealt to the promising operator when
 * they work it, else to its operator with the fewest open entries, so that it is never left undealt.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ContactPromises {

    static final int NOTE_MAX = 2000;
    static final int YEARS_MAX = 5;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Within the outcome's transaction: makes the promise; answers its id. */
    public long promise(long partyId, String phone, Long fromCampaignId, Long fromEntryId, OutcomeRequest.PromiseData promise) {
        if (promise.campaignId() == null) {
            throw new BusinessException("promise.campaignId", "REQUIRED");
        }
        LocalDate today = LocalDate.now(CallWindows.ITALY);
        if (promise.dueOn() == null) {
            throw new BusinessException("promise.dueOn", "REQUIRED");
        }
        if (promise.dueOn().isBefore(today)) {
            throw new BusinessException("promise.dueOn", "PROMISE_DATE_PAST");
        }
        if (promise.dueOn().isAfter(today.plusYears(YEARS_MAX))) {
            throw new BusinessException("promise.dueOn", "PROMISE_DATE_TOO_FAR", YEARS_MAX);
        }
        String note = promise.note() == null || promise.note().isBlank() ? null : promise.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new BusinessException("promise.note", "TOO_LONG", NOTE_MAX);
        }
        long target = promise.campaignId();
        Object[] campaign = Rows.of(em.createNativeQuery("SELECT state, name FROM campaign WHERE id = ?1").setParameter(1, target))
                .stream().findFirst()
                .orElseThrow(() -> new BusinessException("promise.campaignId", "PROMISE_CAMPAIGN_UNKNOWN", target));
        if (CampaignState.CLOSED.name().equals(campaign[0])) {
            throw new BusinessException("promise.campaignId", "PROMISE_CAMPAIGN_CLOSED", campaign[1]);
        }
        String me = session.getCallerPrincipal().getName();
        Timestamp dueAt = Timestamp.from(promise.dueOn().atStartOfDay(CallWindows.ITALY).toInstant());
        long entryId = entry(target, partyId, phone, dueAt, dealtTo(target, me), (String) campaign[1]);
        long id = Rows.number(em.createNativeQuery("SELECT nextval('contact_promise_seq')").getSingleResult());
        em.createNativeQuery("INSERT INTO contact_promise (id, party_id, from_campaign_id, from_entry_id, target_campaign_id,"
                        + " target_entry_id, due_on, note, promised_by) VALUES (?1, ?2, CAST(?3 AS bigint), CAST(?4 AS bigint), ?5, ?6,"
                        + " ?7, CAST(?8 AS varchar), ?9)")
                .setParameter(1, id).setParameter(2, partyId).setParameter(3, fromCampaignId).setParameter(4, fromEntryId)
                .setParameter(5, target).setParameter(6, entryId).setParameter(7, java.sql.Date.valueOf(promise.dueOn()))
                .setParameter(8, note).setParameter(9, me).executeUpdate();
        return id;
    }

    private long entry(long campaignId, long partyId, String phone, Timestamp dueAt, String dealtTo, String campaignName) {
        Object[] existing = Rows.of(em.createNativeQuery("SELECT id, state FROM campaign_entry WHERE campaign_id = ?1"
                + " AND party_id = ?2 FOR UPDATE").setParameter(1, campaignId).setParameter(2, partyId)).stream().findFirst().orElse(null);
        if (existing == null) {
            long id = Rows.number(em.createNativeQuery("SELECT nextval('campaign_entry_seq')").getSingleResult());
            em.createNativeQuery("INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, assigned_to, added_at, due_at,"
                            + " dispatch_key) SELECT ?1, c.id, ?2, ?3, 'OPEN', CAST(?4 AS varchar), now(), ?5,"
                            + " CASE c.dispatch_order WHEN 'NEWEST_FIRST' THEN -?7 WHEN 'RANDOM'"
                            + " THEN CAST(floor(random() * 9.0e15) AS bigint) ELSE ?8 END FROM campaign c WHERE c.id = ?6")
                    .setParameter(1, id).setParameter(2, partyId).setParameter(3, phone).setParameter(4, dealtTo)
                    .setParameter(5, dueAt).setParameter(6, campaignId).setParameter(7, id).setParameter(8, id).executeUpdate();
            return id;
        }
        long id = Rows.number(existing[0]);
        String state = (String) existing[1];
        if ("HELD".equals(state) || "CALLBACK".equals(state)) {
            throw new BusinessException("promise.campaignId", "PROMISE_ENTRY_BUSY", campaignName);
        }
        em.createNativeQuery("UPDATE campaign_entry SET state = 'OPEN', due_at = ?1, phone = ?2,"
                        + " attempts = CASE WHEN state = 'DONE' THEN 0 ELSE attempts END,"
                        + " assigned_to = CASE WHEN state = 'DONE' OR assigned_to IS NULL THEN CAST(?3 AS varchar) ELSE assigned_to END,"
                        + " callback_for = NULL, callback_shared_at = NULL, version = version + 1 WHERE id = ?4")
                .setParameter(1, dueAt).setParameter(2, phone).setParameter(3, dealtTo).setParameter(4, id).executeUpdate();
        return id;
    }

    /** Who gets the entry in a SPLIT campaign (null: the pool of a SHARED one, or nobody assigned yet). */
    private String dealtTo(long campaignId, String me) {
        List<Object[]> split = Rows.of(em.createNativeQuery("SELECT a.username, (SELECT count(*) FROM campaign_entry e"
                        + " WHERE e.campaign_id = a.campaign_id AND e.assigned_to = a.username AND e.state = 'OPEN')"
                        + " FROM campaign_assignment a WHERE a.campaign_id = ?1 AND a.mode = 'SPLIT' ORDER BY 2, 1")
                .setParameter(1, campaignId));
        if (split.isEmpty()) {
            return null;
        }
        return split.stream().map(r -> (String) r[0]).filter(me::equals).findFirst().orElse((String) split.get(0)[0]);
    }
}
