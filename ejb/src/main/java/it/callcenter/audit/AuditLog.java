package it.callcenter.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;

/** Writes audit entries in the caller's transaction: the entry exists exactly when the change does. */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    public void record(String entityType, long entityId, AuditEntry.Action action, Collection<String> fields, String username) {
        em.persist(new AuditEntry(entityType, entityId, action, fields == null ? null : String.join(",", fields), username));
    }
}
