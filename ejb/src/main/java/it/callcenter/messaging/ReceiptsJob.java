package it.callcenter.messaging;

import it.callcenter.platform.BackgroundJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Applies the delivery receipts waiting in {@code message_receipt} to their messages in one statement (DELIVERED, or
 * FAILED with the centre's status and error) and drops the applied ones; a receipt whose message is not written yet
 * (the centre answered before the sender wrote the id down) waits for the next run. Receipts of messages already final
 * (sent twice by the centre) and those nobody claimed for a week go. Also closes the campaigns with nothing left.
 */
@Stateless
public class ReceiptsJob implements BackgroundJob {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    @Override
    public String name() {
        return "messaging.receipts";
    }

    @Override
    public int intervalSeconds() {
        return 2;
    }

    @Override
    public String run() {
        Number applied = (Number) em.createNativeQuery("WITH applied AS (UPDATE message m SET"
                + " state = CASE WHEN r.delivered THEN 'DELIVERED' ELSE 'FAILED' END,"
                + " failure = CASE WHEN r.delivered THEN NULL ELSE r.status || coalesce(' ' || r.error, '') END,"
                + " done_at = r.received_at FROM message_receipt r"
                + " WHERE m.gateway_id = r.gateway_id AND m.channel = 'SMS' AND m.state = 'SENT' RETURNING r.gateway_id),"
                + " dropped AS (DELETE FROM message_receipt r USING applied a WHERE r.gateway_id = a.gateway_id RETURNING 1)"
                + " SELECT count(*) FROM dropped").getSingleResult();
        em.createNativeQuery("DELETE FROM message_receipt r WHERE r.received_at < now() - interval '7 days'"
                + " OR EXISTS (SELECT 1 FROM message m WHERE m.gateway_id = r.gateway_id AND m.channel = 'SMS'"
                + " AND m.state IN ('DELIVERED', 'FAILED'))").executeUpdate();
        outbox.closeAllFinishedCampaigns();
        return applied.longValue() + " receipts applied";
    }
}
