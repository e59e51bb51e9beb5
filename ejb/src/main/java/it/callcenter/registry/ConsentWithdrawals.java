package it.callcenter.registry;

import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.Rows;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Consents a party withdraws by a message's own means, without signing in: a STOP reply to an SMS, the unsubscribe
 * link of an e-mail (the messaging area). Each withdrawal is the registry's like any other: the party changes (its
 * version moves, so a card open elsewhere is stale), the history records the change with its source and detail, the
 * audit records who ({@code by}: the system's name for the channel). Runs in the caller's transaction.
 */
@Stateless
@PermitAll
public class ConsentWithdrawals {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PartyHistory history;

    @EJB
    private AuditLog audit;

    /** Withdraws those of {@code consents} the party gave; answers the ones withdrawn (none: nothing changes). */
    public Set<Consent> withdraw(long partyId, Set<Consent> consents, String source, String by, String detail) {
        Party party = em.find(Party.class, partyId);
        Set<Consent> withdrawn = EnumSet.noneOf(Consent.class);
        if (party == null) {
            return withdrawn;
        }
        var before = party.getConsents().asMap();
        for (Consent consent : consents) {
            if (party.setConsent(consent, false)) {
                withdrawn.add(consent);
            }
        }
        if (!withdrawn.isEmpty()) {
            party.touch();
            em.flush();
            history.record(party, before, party.getStatus(), by, source, new ConsentEvidence(null, detail, null));
            audit.record(PartyService.AUDIT_TYPE, partyId, AuditEntry.Action.UPDATE,
                    withdrawn.stream().map(c -> "consents." + c.jsonName()).toList(), by);
        }
        return withdrawn;
    }

    /**
     * Withdraws the e-mail consent of {@code address} (any case) wherever it is given; answers the parties whose
     * contact changed. Their versions move and the audit records it, as for {@link #withdraw}.
     */
    public List<Long> withdrawEmail(String address, String by) {
        List<Long> parties = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery("UPDATE party_contact SET email_consent = false WHERE kind = 'EMAIL'"
                + " AND search_key = ? AND email_consent RETURNING party_id").setParameter(1, EmailKey.of(address)))) {
            long partyId = Rows.number(r[0]);
            if (!parties.contains(partyId)) {
                parties.add(partyId);
            }
        }
        for (long partyId : parties) {
            Party party = em.find(Party.class, partyId);
            if (party != null) {
                party.touch();
            }
            audit.record(PartyService.AUDIT_TYPE, partyId, AuditEntry.Action.UPDATE,
                    List.of(AuditFields.of("contacts.emailConsent", false)), by);
        }
        em.flush();
        return parties;
    }

    /** How the registry keys an e-mail address for search: lower case. */
    static final class EmailKey {
        private EmailKey() {
        }

        static String of(String address) {
            return address == null ? "" : address.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
