package it.callcenter.queue;

import it.callcenter.platform.BackgroundJob;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A personal callback its operator did not take within the campaign's grace after it was due becomes anyone's. */
@Stateless
public class CallbackPromotion implements BackgroundJob {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String name() {
        return "queue.callback-promotion";
    }

    @Override
    public int intervalSeconds() {
        return 15;
    }

    @Override
    public String run() {
        int promoted = em.createNativeQuery("UPDATE campaign_entry SET callback_for = NULL, version = version + 1"
                + " WHERE state = 'CALLBACK' AND callback_for IS NOT NULL AND callback_shared_at <= now()").executeUpdate();
        return promoted + " callbacks shared";
    }
}
