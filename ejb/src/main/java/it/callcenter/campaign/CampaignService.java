package it.callcenter.campaign;

import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.compliance.CallWindows;
import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.WorkJobs;
import it.callcenter.platform.WorkRunner;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The campaign use cases, one transaction each. Preview and fill run the statements of {@link FillSql} in the
 * database; the service only binds them and reads the counts back. A fill is audited ({@value #AUDIT_TYPE}) with its
 * criteria and how many it added, in its own transaction.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignService {

    public static final String AUDIT_TYPE = "CAMPAIGN";
    static final int MAX_PAGE = 200;
    /** No campaign has this id (the sequence starts at 1): a campaign not created yet has no entries. */
    private static final long NO_CAMPAIGN = 0;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private OutcomeSets outcomes;

    @EJB
    private AuditLog audit;

    @EJB
    private WorkJobs work;

    @EJB
    private WorkRunner runner;

    public long create(CampaignData data) {
        Campaign campaign = new Campaign(data, session.getCallerPrincipal().getName());
        requireFreeName(campaign.getName(), null);
        em.persist(campaign);
        em.flush();
        outcomes.copyDefaultsTo(campaign.getId());
        return campaign.getId();
    }

    /** How the campaign hands its entries out; the new order applies to the entries waiting now too. */
    public CampaignView changeDispatchRules(long id, long version, DispatchRules rules) {
        Campaign campaign = campaign(id);
        if (campaign.getVersion() != version) {
            throw new StaleVersionException("campaign " + id);
        }
        if (rules == null) {
            throw new BusinessException("order", "REQUIRED");
        }
        boolean reorder = rules.order() != campaign.dispatchRules().order();
        campaign.changeDispatchRules(rules);
        em.flush();
        if (reorder) {
            em.createNativeQuery("UPDATE campaign_entry SET dispatch_key = " + rules.order().keyOf("id")
                    + " WHERE campaign_id = ? AND state IN ('OPEN', 'CALLBACK')").setParameter(1, id).executeUpdate();
        }
        return CampaignView.of(campaign);
    }

    /** When the campaign may call (administrators only: the legal windows are the default), audited. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CallWindows changeCallWindows(long id, CallWindows windows) {
        Campaign campaign = campaign(id);
        campaign.changeCallWindows(windows);
        em.flush();
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, Set.of("callWindows"), session.getCallerPrincipal().getName());
        return campaign.callWindows();
    }

    public DispatchRules dispatchRules(long id) {
        return campaign(id).dispatchRules();
    }

    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public CallWindows callWindows(long id) {
        return campaign(id).callWindows();
    }

    /**
     * Checks a campaign not created yet as {@link #create} would, without creating it: the fill wizard asks this at its
     * first step and creates the campaign only when the fill is confirmed, so an abandoned wizard leaves nothing.
     */
    public void checkNew(CampaignData data) {
        Campaign campaign = new Campaign(data, session.getCallerPrincipal().getName());
        requireFreeName(campaign.getName(), null);
    }

    /** The preview of a fill into a campaign not created yet, with its rules: nobody is in it already. */
    public FillResult previewNew(CampaignData data, FillCriteria criteria) {
        if (criteria != null) {
            criteria.check(LocalDate.now(ZoneId.of(FillSql.ZONE)));
        }
        return counts(FillSql.of(NO_CAMPAIGN, criteria, data.requiredConsent(), Boolean.TRUE.equals(data.requiresRpoCheck())));
    }

    public CampaignView find(long id) {
        return CampaignView.of(campaign(id));
    }

    /** Replaces the campaign's editable fields, refused if someone saved it since {@code version} was read. */
    public CampaignView edit(long id, long version, CampaignData data) {
        Campaign campaign = campaign(id);
        if (campaign.getVersion() != version) {
            throw new StaleVersionException("campaign " + id);
        }
        if (data != null && data.name() != null) {
            requireFreeName(data.name().strip(), id); // before the edit: the query would flush a clashing name
        }
        campaign.edit(data);
        em.flush();
        return CampaignView.of(campaign);
    }

    public long count() {
        return em.createQuery("SELECT count(c) FROM Campaign c", Long.class).getSingleResult();
    }

    /** A page of campaigns, newest first, each with its entries counted by the database. */
    public List<CampaignSummary> list(int first, int max) {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.name, c.state, c.starts_on, c.ends_on,"
                        + " (SELECT count(*) FROM campaign_entry e WHERE e.campaign_id = c.id),"
                        + " (SELECT count(*) FROM campaign_entry e WHERE e.campaign_id = c.id AND e.state = 'DONE')"
                        + " FROM campaign c ORDER BY c.id DESC LIMIT ? OFFSET ?")
                .setParameter(1, Math.max(1, Math.min(max, MAX_PAGE))).setParameter(2, Math.max(0, first)).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new CampaignSummary(number(r[0]), (String) r[1],
                CampaignState.valueOf((String) r[2]), date(r[3]), date(r[4]), number(r[5]), number(r[6]))).toList();
    }

    public void changeState(long id, CampaignState state) {
        campaign(id).changeState(state);
    }

    public CampaignFigures figures(long id) {
        Campaign campaign = campaign(id);
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE state <> 'DONE')"
                + " FROM campaign_entry WHERE campaign_id = ?").setParameter(1, id).getSingleResult();
        Map<String, Long> byOutcome = new java.util.LinkedHashMap<>();
        for (Object o : em.createNativeQuery("SELECT last_outcome, count(*) FROM campaign_entry WHERE campaign_id = ?"
                + " AND last_outcome IS NOT NULL GROUP BY last_outcome ORDER BY count(*) DESC, last_outcome")
                .setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) o;
            byOutcome.put((String) r[0], number(r[1]));
        }
        return new CampaignFigures(id, campaign.getName(), campaign.getState(), number(row[0]), byOutcome, number(row[1]));
    }

    public FillResult preview(long id, FillCriteria criteria) {
        return counts(sql(campaign(id), criteria));
    }

    /** Adds who the preview would count, now, and says who was left out and why: one statement, one snapshot. */
    public FillResult fill(long id, FillCriteria criteria) {
        return fill(em, audit, id, criteria, session.getCallerPrincipal().getName());
    }

    /**
     * The fill in the background, for a screen: checked now as {@link #fill} checks it (a refusal is thrown here), then
     * queued as a job ({@link FillJob}) that a node of the cluster claims and runs; the screen polls the job by its id,
     * on whichever node it is. Answers the job's id.
     */
    public long fillInBackground(long id, FillCriteria criteria) {
        Campaign campaign = campaign(id);
        if (!campaign.canBeFilled()) {
            throw new BusinessException(null, "CAMPAIGN_CLOSED", campaign.getName());
        }
        sql(campaign, criteria);
        long job = work.queue(FillJob.KIND, FillJob.parameters(id, criteria), session.getCallerPrincipal().getName());
        runner.kick();
        return job;
    }

    /**
     * The fill, in the caller's transaction, in the name of {@code by}: the statement of {@link FillSql}, the criteria
     * kept on the campaign, the audit. Idempotent: a party already in the campaign is not added again, so a fill run
     * again (a job taken over) adds only who is still missing.
     */
    static FillResult fill(EntityManager em, AuditLog audit, long id, FillCriteria criteria, String by) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign " + id);
        }
        if (!campaign.canBeFilled()) {
            throw new BusinessException(null, "CAMPAIGN_CLOSED", campaign.getName());
        }
        FillSql sql = sql(campaign, criteria);
        FillResult result = result((Object[]) bind(em.createNativeQuery(sql.fill(campaign.dispatchRules().order())),
                sql.fillParameters()).getSingleResult());
        campaign.recordFillCriteria(CampaignTools.criteriaJson(criteria));
        List<String> fields = new ArrayList<>(List.of("fill"));
        fields.addAll((criteria == null ? FillCriteria.none() : criteria).auditFields());
        fields.add(AuditFields.of("added", result.count()));
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, fields, by);
        return result;
    }

    /** Every campaign by name, for choosing one to fill or to leave out of a fill. */
    public List<CampaignChoice> choices() {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.name", Campaign.class).getResultStream()
                .map(c -> new CampaignChoice(c.getId(), c.getName(), c.getState(), c.getRequiredConsent(),
                        c.isRequiresRpoCheck(), c.canBeFilled()))
                .toList();
    }

    private void requireFreeName(String name, Long exceptId) {
        em.createNamedQuery("Campaign.byName", Campaign.class).setParameter("name", name).getResultStream()
                .filter(other -> !other.getId().equals(exceptId)).findFirst().ifPresent(other -> {
                    throw new BusinessException("name", "CAMPAIGN_NAME_TAKEN", name);
                });
    }

    private Campaign campaign(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign " + id);
        }
        return campaign;
    }

    private static FillSql sql(Campaign campaign, FillCriteria criteria) {
        if (criteria != null) {
            criteria.check(LocalDate.now(ZoneId.of(FillSql.ZONE)));
        }
        return FillSql.of(campaign.getId(), criteria, campaign.getRequiredConsent(), campaign.isRequiresRpoCheck());
    }

    private FillResult counts(FillSql sql) {
        return result((Object[]) bind(em.createNativeQuery(sql.preview()), sql.previewParameters()).getSingleResult());
    }

    private static FillResult result(Object[] row) {
        return new FillResult(number(row[0]), new FillResult.Excluded(number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5])));
    }

    static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
