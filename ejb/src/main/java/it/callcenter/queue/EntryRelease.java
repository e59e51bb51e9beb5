package it.callcenter.queue;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.campaign.CampaignService;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * A supervisor gives back the names an absent operator holds in a campaign (API.md
 * {@code POST /campaigns/{id}/entries/release}): the entry they hold goes back to waiting (a callback stays a
 * callback), the open entries dealt to them go to the shared pool, their personal callbacks become anyone's. One
 * UPDATE over exactly that operator's unfinished entries of the campaign; audited on the campaign.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class EntryRelease {

    static final String RELEASE = "UPDATE campaign_entry SET"
            + " state = CASE WHEN state <> 'HELD' THEN state"
            + " WHEN callback_shared_at IS NOT NULL OR callback_for IS NOT NULL THEN 'CALLBACK' ELSE 'OPEN' END,"
            + " held_by = NULL, held_at = NULL, lease_until = NULL,"
            + " assigned_to = CASE WHEN assigned_to = ?2 THEN NULL ELSE assigned_to END,"
            + " callback_for = CASE WHEN callback_for = ?2 THEN NULL ELSE callback_for END,"
            + " version = version + 1"
            + " WHERE campaign_id = ?1 AND ((state = 'HELD' AND held_by = ?2) OR (state = 'OPEN' AND assigned_to = ?2)"
            + " OR (state = 'CALLBACK' AND callback_for = ?2))";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private OperatorPresence presence;

    @EJB
    private AuditLog audit;

    public int release(long campaignId, String operator) {
        if (operator == null || operator.isBlank()) {
            throw new BusinessException("operator", "REQUIRED");
        }
        String who = operator.strip();
        if (Rows.of(em.createNativeQuery("SELECT 1 FROM campaign WHERE id = ?1").setParameter(1, campaignId)).isEmpty()) {
            throw new NotFoundException("campaign " + campaignId);
        }
        List<Object[]> holding = Rows.of(em.createNativeQuery("SELECT 1 FROM operator_presence o JOIN campaign_entry e"
                + " ON e.id = o.entry_id WHERE o.username = ?1 AND e.campaign_id = ?2 AND e.state = 'HELD' AND e.held_by = ?1")
                .setParameter(1, who).setParameter(2, campaignId));
        int released = em.createNativeQuery(RELEASE).setParameter(1, campaignId).setParameter(2, who).executeUpdate();
        if (!holding.isEmpty()) {
            presence.idle(who);
        }
        audit.record(CampaignService.AUDIT_TYPE, campaignId, AuditEntry.Action.UPDATE,
                List.of("release", AuditFields.of("operator", who), AuditFields.of("released", released)),
                session.getCallerPrincipal().getName());
        return released;
    }
}
