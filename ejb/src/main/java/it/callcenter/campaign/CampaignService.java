package it.callcenter.campaign;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Map;

/**
 * The campaign use cases, one transaction each. Preview and fill run the statements of {@link FillSql} in the
 * database; the service only binds them and reads the counts back.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    public long create(CampaignData data) {
        if (data == null || data.name() == null || data.name().isBlank()) {
            throw new BusinessException("name", "REQUIRED");
        }
        if (data.name().strip().length() > Campaign.NAME_MAX) {
            throw new BusinessException("name", "TOO_LONG", Campaign.NAME_MAX);
        }
        if (!em.createNamedQuery("Campaign.byName", Campaign.class).setParameter("name", data.name().strip())
                .getResultList().isEmpty()) {
            throw new BusinessException("name", "CAMPAIGN_NAME_TAKEN", data.name().strip());
        }
        Campaign campaign = new Campaign(data, session.getCallerPrincipal().getName());
        em.persist(campaign);
        em.flush();
        return campaign.getId();
    }

    public void changeState(long id, CampaignState state) {
        campaign(id).changeState(state);
    }

    public CampaignFigures figures(long id) {
        Campaign campaign = campaign(id);
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE state = 'OPEN')"
                + " FROM campaign_entry WHERE campaign_id = ?").setParameter(1, id).getSingleResult();
        // outcomes arrive with the queue (issue of the dispatch): until then there are none to count
        return new CampaignFigures(id, campaign.getName(), campaign.getState(), number(row[0]), Map.of(), number(row[1]));
    }

    public FillResult preview(long id, FillCriteria criteria) {
        return counts(sql(campaign(id), criteria));
    }

    /** Adds who the preview would count, now; the exclusions are those seen just before the insert. */
    public FillResult fill(long id, FillCriteria criteria) {
        Campaign campaign = campaign(id);
        if (!campaign.canBeFilled()) {
            throw new BusinessException(null, "CAMPAIGN_CLOSED", campaign.getName());
        }
        FillSql sql = sql(campaign, criteria);
        FillResult before = counts(sql);
        int added = bind(em.createNativeQuery(sql.fill()), sql.fillParameters()).executeUpdate();
        return new FillResult(added, before.excluded());
    }

    private Campaign campaign(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign " + id);
        }
        return campaign;
    }

    private static FillSql sql(Campaign campaign, FillCriteria criteria) {
        return FillSql.of(campaign.getId(), criteria, campaign.getRequiredConsent(), campaign.isRequiresRpoCheck());
    }

    private FillResult counts(FillSql sql) {
        Object[] row = (Object[]) bind(em.createNativeQuery(sql.preview()), sql.previewParameters()).getSingleResult();
        return new FillResult(number(row[0]), new FillResult.Excluded(number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5])));
    }

    static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
