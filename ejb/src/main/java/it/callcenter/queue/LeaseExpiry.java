package it.callcenter.queue;

import it.callcenter.platform.BackgroundJob;
import it.callcenter.platform.Rows;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Entries held past their lease without an outcome go back to be called (an operator who closed the browser, a
 * node that died): waiting again at once, as they were (open, or a callback). The operator is shown idle.
 */
@Stateless
public class LeaseExpiry implements BackgroundJob {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OperatorPresence presence;

    @Override
    public String name() {
        return "queue.lease-expiry";
    }

    @Override
    public int intervalSeconds() {
        return 5;
    }

    @Override
    public String run() {
        var holders = Rows.of(em.createNativeQuery("UPDATE campaign_entry e SET state = CASE WHEN callback_shared_at IS NULL"
                + " THEN 'OPEN' ELSE 'CALLBACK' END, held_by = NULL, held_at = NULL, lease_until = NULL, version = version + 1"
                + " FROM (SELECT id, held_by AS holder FROM campaign_entry WHERE state = 'HELD' AND lease_until < now()"
                + " FOR UPDATE SKIP LOCKED) x WHERE e.id = x.id RETURNING x.holder"));
        holders.stream().map(r -> (String) r[0]).distinct().forEach(presence::idle);
        return holders.size() + " leases expired";
    }
}
