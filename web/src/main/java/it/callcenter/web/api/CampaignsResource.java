package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.campaign.AssignmentMode;
import it.callcenter.campaign.CampaignAssignments;
import it.callcenter.campaign.CampaignData;
import it.callcenter.campaign.CampaignFigures;
import it.callcenter.campaign.CampaignService;
import it.callcenter.campaign.CampaignState;
import it.callcenter.campaign.FillCriteria;
import it.callcenter.campaign.FillResult;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;

/** Campaigns over HTTP, as API.md fixes them: create, state, preview, fill, assignments, figures. */
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignsResource {

    @EJB
    private CampaignService campaigns;

    @EJB
    private CampaignAssignments assignments;

    public record Created(long id) {
    }

    public record StateChange(CampaignState state) {
    }

    public record Assignment(List<String> operators, AssignmentMode mode) {
    }

    public record Assigned(int entries) {
    }

    public record Preview(long count, FillResult.Excluded excluded) {
    }

    public record Fill(long added, FillResult.Excluded excluded) {
    }

    public record Figures(long id, String name, CampaignState state, long entries, Map<String, Long> byOutcome, long open) {
        static Figures of(CampaignFigures figures) {
            return new Figures(figures.id(), figures.name(), figures.state(), figures.entries(), figures.byOutcome(),
                    figures.open());
        }
    }

    @POST
    public Response create(CampaignData campaign, @Context UriInfo uri) {
        long id = campaigns.create(required(campaign));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(new Created(id)).build();
    }

    @GET
    @Path("{id}")
    public Figures read(@PathParam("id") long id) {
        return Figures.of(campaigns.figures(id));
    }

    @PUT
    @Path("{id}/state")
    public Figures changeState(@PathParam("id") long id, StateChange change) {
        campaigns.changeState(id, required(change).state());
        return Figures.of(campaigns.figures(id));
    }

    @POST
    @Path("{id}/preview")
    public Preview preview(@PathParam("id") long id, FillCriteria criteria) {
        FillResult result = campaigns.preview(id, criteria);
        return new Preview(result.count(), result.excluded());
    }

    @POST
    @Path("{id}/fill")
    public Fill fill(@PathParam("id") long id, FillCriteria criteria) {
        FillResult result = campaigns.fill(id, criteria);
        return new Fill(result.count(), result.excluded());
    }

    @POST
    @Path("{id}/assignments")
    public Assigned assign(@PathParam("id") long id, Assignment assignment) {
        Assignment given = required(assignment);
        return new Assigned(assignments.assign(id, given.operators(), given.mode()));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BusinessException(null, "REQUIRED");
        }
        return body;
    }
}
