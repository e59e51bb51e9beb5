package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
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

/** Each campaign's rule for the contact promise ({@link PromiseRule}): read by the queue, set by a supervisor. */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PromiseRules {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    /** The campaigns a contact may be promised into (any not closed), by name: for the operator's picker. */
    public List<CampaignChoice> targets() {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.state <> :closed ORDER BY c.name", Campaign.class)
                .setParameter("closed", CampaignState.CLOSED).getResultStream()
                .map(c -> new CampaignChoice(c.getId(), c.getName(), c.getState(), c.getRequiredConsent(),
                        c.isRequiresRpoCheck(), c.canBeFilled()))
                .toList();
    }

    public PromiseRule of(long campaignId) {
        Object[] r = Rows.of(em.createNativeQuery("SELECT promise_campaign_id, promise_months FROM campaign WHERE id = ?1")
                .setParameter(1, campaignId)).stream().findFirst().orElseThrow(() -> new NotFoundException("campaign " + campaignId));
        return r[0] == null || r[1] == null ? PromiseRule.NONE
                : new PromiseRule(Rows.number(r[0]), ((Number) r[1]).intValue());
    }

    /** Sets (or, with both null, removes) the rule; the target must be another campaign, not closed. Audited. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public PromiseRule change(long campaignId, PromiseRule rule) {
        of(campaignId);
        PromiseRule kept = rule == null ? PromiseRule.NONE : rule;
        if (kept.targetCampaignId() != null || kept.months() != null) {
            if (kept.targetCampaignId() == null) {
                throw new BusinessException("targetCampaignId", "REQUIRED");
            }
            if (kept.months() == null) {
                throw new BusinessException("months", "REQUIRED");
            }
            if (kept.months() < 1 || kept.months() > PromiseRule.MONTHS_MAX) {
                throw new BusinessException("months", "PROMISE_MONTHS", PromiseRule.MONTHS_MAX);
            }
            if (kept.targetCampaignId() == campaignId) {
                throw new BusinessException("targetCampaignId", "PROMISE_SAME_CAMPAIGN");
            }
            Campaign target = em.find(Campaign.class, kept.targetCampaignId());
            if (target == null) {
                throw new BusinessException("targetCampaignId", "PROMISE_CAMPAIGN_UNKNOWN", kept.targetCampaignId());
            }
            if (!target.canBeFilled()) {
                throw new BusinessException("targetCampaignId", "PROMISE_CAMPAIGN_CLOSED", target.getName());
            }
        }
        em.createNativeQuery("UPDATE campaign SET promise_campaign_id = CAST(?1 AS bigint), promise_months = CAST(?2 AS int) WHERE id = ?3")
                .setParameter(1, kept.targetCampaignId()).setParameter(2, kept.months()).setParameter(3, campaignId)
                .executeUpdate();
        audit.record(CampaignService.AUDIT_TYPE, campaignId, AuditEntry.Action.UPDATE,
                List.of("promiseCampaign=" + kept.targetCampaignId(), "promiseMonths=" + kept.months()),
                session.getCallerPrincipal().getName());
        return kept.isSet() ? kept : PromiseRule.NONE;
    }
}
