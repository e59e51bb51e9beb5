package it.callcenter.registry;

import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * A party's photo: whoever may edit the party may change it, and a change is an edit of the party (its version
 * moves on, a stale version is refused, the audit names the field "photo"). The image rules are in {@link PhotoImages}.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PhotoService {

    private static final List<String> AUDITED_FIELDS = List.of("photo");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    /**
     * Stores the photo and answers the party's new version. {@code declaredType} is only what the client claims:
     * the bytes decide whether this is a JPEG, a PNG or neither.
     */
    public long setPhoto(long partyId, long version, byte[] bytes, String declaredType) {
        CallerParties parties = new CallerParties(em, session);
        Party party = parties.atVersion(partyId, version);
        Photo photo = PhotoImages.prepare(bytes);
        PartyPhoto stored = em.find(PartyPhoto.class, partyId);
        if (stored == null) {
            em.persist(new PartyPhoto(partyId, photo));
        } else {
            stored.replace(photo);
        }
        return changed(party, parties.caller());
    }

    public Optional<Photo> photo(long partyId) {
        new CallerParties(em, session).visible(partyId);
        return Optional.ofNullable(em.find(PartyPhoto.class, partyId)).map(PartyPhoto::toPhoto);
    }

    /** Removes the photo, if there is one, and answers the party's version (unchanged when there was none). */
    public long removePhoto(long partyId, long version) {
        CallerParties parties = new CallerParties(em, session);
        Party party = parties.atVersion(partyId, version);
        PartyPhoto stored = em.find(PartyPhoto.class, partyId);
        if (stored == null) {
            return party.getVersion();
        }
        em.remove(stored);
        return changed(party, parties.caller());
    }

    private long changed(Party party, String caller) {
        party.touch();
        em.flush();
        audit.record(PartyService.AUDIT_TYPE, party.getId(), AuditEntry.Action.UPDATE, AUDITED_FIELDS, caller);
        return party.getVersion();
    }
}
