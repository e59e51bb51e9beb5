package it.callcenter.campaign;

import it.callcenter.NotFoundException;
import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Campaigns as the live screens read them: the operator's workstation shows the script of the campaign it is
 * calling for; the supervisor's board the progress of every active campaign, counted as {@code GET /campaigns/{id}}
 * counts it, in one statement.
 */
@Stateless
public class ActiveCampaigns {

    static final String PROGRESS = "SELECT c.id, c.name, count(e.id), count(e.id) FILTER (WHERE e.state <> 'DONE')"
            + " FROM campaign c LEFT JOIN campaign_entry e ON e.campaign_id = c.id WHERE c.state = 'ACTIVE'"
            + " GROUP BY c.id, c.name ORDER BY c.name, c.id";

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<CampaignProgress> progress() {
        return Rows.of(em.createNativeQuery(PROGRESS)).stream().map(r -> new CampaignProgress(Rows.number(r[0]),
                (String) r[1], Rows.number(r[2]), Rows.number(r[3]))).toList();
    }

    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public CampaignBriefing briefing(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign " + id);
        }
        return new CampaignBriefing(id, campaign.getName(), campaign.getProduct(), campaign.getScript());
    }
}
