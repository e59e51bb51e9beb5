package it.callcenter.compliance;

import it.callcenter.BusinessException;
import it.callcenter.registry.PhoneNumber;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The do-not-call list. A plain table keyed by the E.164 number, written with one idempotent statement: adding
 * a number twice keeps the first entry (its source and author), which is the one that matters for an audit.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class DoNotCallService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Returns the number as stored (E.164); refuses a malformed number on field {@code number}. */
    public String add(String number, DoNotCallSource source) {
        String e164 = PhoneNumber.of(number, "number").value();
        if (source == null) {
            throw new BusinessException("source", "REQUIRED");
        }
        em.createNativeQuery("INSERT INTO do_not_call (number, source, added_at, added_by) VALUES (?, ?, now(), ?)"
                        + " ON CONFLICT (number) DO NOTHING")
                .setParameter(1, e164).setParameter(2, source.name())
                .setParameter(3, session.getCallerPrincipal().getName()).executeUpdate();
        return e164;
    }
}
