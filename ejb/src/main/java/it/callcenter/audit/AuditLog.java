package it.callcenter.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;

/**
 * Writes audit entries in the caller's transaction: the entry exists exactly when the change does. A refused
 * sign-in changes nothing, so it is written in a transaction of its own when the caller has none.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    public void record(String entityType, long entityId, AuditEntry.Action action, Collection<String> fields, String username) {
        em.persist(new AuditEntry(entityType, entityId, action, fields == null ? null : String.join(",", fields), username));
    }

    /** A sign-in refused: the name tried, the user's id if it names one, the caller's address, the door, the reason. */
    public void refusedSignIn(String username, Long userId, String address, String door, String reason) {
        em.persist(new RefusedSignIn(username, userId, address, door, reason));
    }
}
