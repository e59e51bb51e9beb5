package it.callcenter.agenda;

import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Lead notes (segnalazioni): a note about a party for one user, who finds it under the bell (an in-app
 * notification, as the registry tells a new owner) and on the party's timeline.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class LeadNotes {

    static final String NOTIFICATION_KEY = "notification.leadNote";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    public long send(long partyId, String toUser, String text) {
        AgendaParties parties = new AgendaParties(em);
        String partyName = parties.name(partyId);
        String caller = session.getCallerPrincipal().getName();
        Violations violations = new Violations();
        String to = violations.text("leadNote.to", toUser, 64, true);
        if (to != null && !parties.isEnabledUser(to)) {
            violations.add("leadNote.to", "UNKNOWN_USER", to);
        }
        String clean = violations.text("leadNote.text", text, LeadNote.TEXT_MAX, true);
        violations.throwIfAny();
        LeadNote note = new LeadNote(partyId, to, clean, caller);
        em.persist(note);
        if (!to.equals(caller)) {
            em.createNativeQuery("INSERT INTO notification (id, username, message_key, argument, party_id, created_at)"
                            + " VALUES (nextval('audit_seq'), ?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, to).setParameter(2, NOTIFICATION_KEY).setParameter(3, partyName)
                    .setParameter(4, partyId).setParameter(5, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                    .executeUpdate();
        }
        em.flush();
        return note.getId();
    }
}
