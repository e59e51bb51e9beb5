package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * The outcome sets: the defaults an administrator edits, and each campaign's own copy (made when the campaign is
 * created, edited by its supervisors). The queue reads a campaign's definitions when an outcome is recorded.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class OutcomeSets {

    static final String AUDIT_TYPE = "OUTCOME";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    public List<OutcomeView> defaults() {
        return em.createNamedQuery("OutcomeDefinition.defaults", OutcomeDefinition.class).getResultStream()
                .map(OutcomeView::of).toList();
    }

    public List<OutcomeView> ofCampaign(long campaignId) {
        return em.createNamedQuery("OutcomeDefinition.ofCampaign", OutcomeDefinition.class)
                .setParameter("campaign", campaignId).getResultStream().map(OutcomeView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public OutcomeView defineDefault(String code, OutcomeRules rules) {
        OutcomeDefinition definition = new OutcomeDefinition(null, code, rules);
        requireFreeCode(null, definition.getCode());
        em.persist(definition);
        em.flush();
        audit.record(AUDIT_TYPE, definition.getId(), AuditEntry.Action.CREATE, Set.of(definition.getCode()), caller());
        return OutcomeView.of(definition);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public OutcomeView changeDefault(long id, long version, OutcomeRules rules) {
        OutcomeDefinition definition = current(id, version);
        if (definition.getCampaignId() != null) {
            throw new NotFoundException("default outcome " + id);
        }
        definition.apply(rules);
        em.flush();
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, Set.of(definition.getCode()), caller());
        return OutcomeView.of(definition);
    }

    /** A campaign's own outcome: added (a code the campaign has not got) or changed. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public OutcomeView defineForCampaign(long campaignId, String code, OutcomeRules rules) {
        if (em.find(Campaign.class, campaignId) == null) {
            throw new NotFoundException("campaign " + campaignId);
        }
        OutcomeDefinition definition = new OutcomeDefinition(campaignId, code, rules);
        requireFreeCode(campaignId, definition.getCode());
        em.persist(definition);
        em.flush();
        audit.record(AUDIT_TYPE, definition.getId(), AuditEntry.Action.CREATE, Set.of(definition.getCode()), caller());
        return OutcomeView.of(definition);
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public OutcomeView changeForCampaign(long id, long version, OutcomeRules rules) {
        OutcomeDefinition definition = current(id, version);
        if (definition.getCampaignId() == null) {
            throw new NotFoundException("campaign outcome " + id);
        }
        definition.apply(rules);
        em.flush();
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, Set.of(definition.getCode()), caller());
        return OutcomeView.of(definition);
    }

    /** A new campaign's outcomes: a copy of the defaults as they are now (a system job makes a campaign too). */
    @PermitAll
    public void copyDefaultsTo(long campaignId) {
        em.createNamedQuery("OutcomeDefinition.defaults", OutcomeDefinition.class).getResultList()
                .forEach(d -> em.persist(d.copyFor(campaignId)));
    }

    private OutcomeDefinition current(long id, long version) {
        OutcomeDefinition definition = em.find(OutcomeDefinition.class, id);
        if (definition == null) {
            throw new NotFoundException("outcome " + id);
        }
        if (definition.getVersion() != version) {
            throw new StaleVersionException("outcome " + id);
        }
        return definition;
    }

    private void requireFreeCode(Long campaignId, String code) {
        boolean taken = em.createQuery("SELECT o FROM OutcomeDefinition o WHERE o.code = :code", OutcomeDefinition.class)
                .setParameter("code", code).getResultStream()
                .anyMatch(o -> java.util.Objects.equals(o.getCampaignId(), campaignId));
        if (taken) {
            throw new BusinessException("code", "OUTCOME_CODE_TAKEN", code);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
