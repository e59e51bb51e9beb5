package it.callcenter.registry;

import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.geography.GeographyService;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.TreeMap;

/**
 * A party's rights over its data: the export of everything stored about it (whoever may see the party) and the
 * erasure on request (supervisors and above). The audit keeps both, as field names only, never values. The other
 * areas take part through {@link PartyRecords}.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PrivacyService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private GeographyService geography;

    @EJB
    private AuditLog audit;

    @EJB
    private RegistrySettings settings;

    @Inject
    @Any
    private Instance<PartyRecords> otherAreas;

    /** The party's data as a JSON document, ready to hand over as a file. */
    public String exportJson(long partyId) {
        CallerParties parties = new CallerParties(em, session);
        Party party = parties.visible(partyId);
        Map<String, Object> elsewhere = new TreeMap<>();
        otherAreas.forEach(area -> {
            if (elsewhere.put(area.section(), area.export(partyId)) != null) {
                throw new IllegalStateException("two areas export the section " + area.section());
            }
        });
        PartyExport export = new PartyDossier(em).export(party, PartyViews.of(party, geography::findByIstatCode,
                settings.customFields(), parties::sees), parties.caller(), elsewhere);
        audit.record(PartyService.AUDIT_TYPE, partyId, AuditEntry.Action.EXPORT, null, parties.caller());
        return export.toJson();
    }

    /**
     * Deletes the party and every personal row about it; the interests stay in the catalogue, the audit entries
     * stay (they name fields, not values) and a company keeps existing without the erased person.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public void erase(long partyId, long version) {
        CallerParties parties = new CallerParties(em, session);
        Party party = parties.atVersion(partyId, version);
        String caller = parties.caller();
        PartyErasure erasure = new PartyErasure(em);
        if (party instanceof Person) {
            erasure.detachFromCompanies(partyId).forEach((companyId, fields) ->
                    audit.record(PartyService.AUDIT_TYPE, companyId, AuditEntry.Action.UPDATE, fields, caller));
        }
        erasure.deleteNotifications(partyId);
        otherAreas.forEach(area -> area.erase(partyId));
        em.remove(party);
        em.flush();
        audit.record(PartyService.AUDIT_TYPE, partyId, AuditEntry.Action.ERASE, null, caller);
    }
}
