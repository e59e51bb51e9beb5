package it.callcenter.web.api;

import it.callcenter.campaign.Interview;
import it.callcenter.campaign.Interviews;
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
 * A campaign's questionnaire (API.md): {@code PUT /campaigns/{id}/interview} replaces it (SUPERVISOR+), GET reads
 * it (whoever works campaigns: the operator's workstation shows it). A class of its own: a longer literal path wins
 * over {@link CampaignsResource}'s {@code {id}}.
 */
@Path("/campaigns/{id}/interview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignInterviewResource {

    @EJB
    private Interviews interviews;

    @GET
    public Interview read(@PathParam("id") long id) {
        return interviews.of(id);
    }

    @PUT
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Interview change(@PathParam("id") long id, Interview interview) {
        return interviews.change(id, interview);
    }
}
