package it.callcenter.queue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An operator's screen session began or ended (sign-in, sign-out, session expired): what they held goes back at
 * once, the register clocks them out, and the board shows them. Called by the web tier's session listener, which runs without a caller.
 */
@Stateless
@PermitAll
public class QueueLifecycle {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OperatorPresence presence;

    @EJB
    private OperatorRegister register;

    public void signedIn(String username) {
        presence.idle(username);
    }

    public void signedOut(String username) {
        em.createNativeQuery("UPDATE campaign_entry SET state = CASE WHEN callback_shared_at IS NULL THEN 'OPEN'"
                + " ELSE 'CALLBACK' END, held_by = NULL, held_at = NULL, lease_until = NULL, version = version + 1"
                + " WHERE held_by = ? AND state = 'HELD'").setParameter(1, username).executeUpdate();
        register.signedOut(username);
        presence.signedOut(username);
    }
}
