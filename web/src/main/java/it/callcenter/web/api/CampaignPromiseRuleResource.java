package it.callcenter.web.api;

import it.callcenter.campaign.PromiseRule;
import it.callcenter.campaign.PromiseRules;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A campaign's rule for the contact promise: {@code {"targetCampaignId":…,"months":9}} (both null: no rule). After a
 * CONTRACT or APPOINTMENT outcome that promises nothing itself, the party joins the target, due that many months on.
 */
@Path("/campaigns/{id}/promise-rule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignPromiseRuleResource {

    @EJB
    private PromiseRules rules;

    @GET
    public PromiseRule read(@PathParam("id") long id) {
        return rules.of(id);
    }

    @PUT
    public PromiseRule change(@PathParam("id") long id, PromiseRule rule) {
        return rules.change(id, rule);
    }
}
