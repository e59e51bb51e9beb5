package it.callcenter.registry;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * What a save leaves behind besides the party: one row per changed consent (with its source), one per status
 * move, and an in-app notification for each new owner. Runs in the saving transaction.
 */
@Stateless
public class PartyHistory {

    @PersistenceContext
    private EntityManager em;

    /** Before: the consents and status the party had (empty and null for a new party). */
    public void record(Party party, Map<Consent, Boolean> consentsBefore, String statusBefore, String caller, String source,
                       ConsentEvidence evidence) {
        party.getConsents().asMap().forEach((consent, granted) -> {
            Boolean before = consentsBefore.get(consent);
            if (before == null ? granted : before != granted) {
                em.persist(new ConsentChange(party.getId(), consent, granted, caller, source, evidence));
            }
        });
        if (!party.getStatus().equals(statusBefore)) {
            em.persist(new StatusChange(party.getId(), statusBefore, party.getStatus(), caller));
        }
    }

    public void notifyNewOwners(Party party, Set<String> ownersBefore, String caller) {
        for (String owner : party.getOwners()) {
            if (!ownersBefore.contains(owner) && !owner.equals(caller)) {
                em.createNativeQuery("INSERT INTO notification (id, username, message_key, argument, party_id, created_at)"
                                + " VALUES (nextval('audit_seq'), ?1, 'notification.newOwner', ?2, ?3, ?4)")
                        .setParameter(1, owner).setParameter(2, party.getDisplayName())
                        .setParameter(3, party.getId()).setParameter(4, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                        .executeUpdate();
            }
        }
    }
}
