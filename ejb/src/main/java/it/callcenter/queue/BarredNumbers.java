package it.callcenter.queue;

import it.callcenter.compliance.NumberBarred;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A number put on the do-not-call list closes the entries waiting to call it, in every campaign, in the same
 * transaction (dispatch checks the list anyway; this keeps the waiting counts honest). An entry held right now is
 * left to its operator's outcome.
 */
@ApplicationScoped
public class BarredNumbers {

    @PersistenceContext
    private EntityManager em;

    void close(@Observes NumberBarred barred) {
        em.createNativeQuery("UPDATE campaign_entry SET state = 'DONE', last_outcome = 'DO_NOT_CALL', version = version + 1"
                + " WHERE phone = ? AND state IN ('OPEN', 'CALLBACK')").setParameter(1, barred.number()).executeUpdate();
    }
}
