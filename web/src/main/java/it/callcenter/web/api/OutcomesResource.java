package it.callcenter.web.api;

import it.callcenter.campaign.OutcomeRules;
import it.callcenter.campaign.OutcomeSets;
import it.callcenter.campaign.OutcomeView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The default outcome set ({@code /outcomes}), edited by administrators and copied into each new campaign; a
 * campaign's own set is under {@code /campaigns/{id}/outcomes} ({@link CampaignsResource}).
 */
@Path("/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class OutcomesResource {

    @EJB
    private OutcomeSets outcomes;

    /** An outcome's code and rules as a request body; {@code version} for a change. */
    public record Definition(String code, String labelIt, String labelEn, it.callcenter.campaign.OutcomeKind kind,
                             Integer retryDelayMinutes, Boolean countsAsContact, Boolean countsAsSuccess,
                             String shortcut, Integer position, Boolean active, Long version) {
        OutcomeRules rules() {
            return new OutcomeRules(labelIt, labelEn, kind, retryDelayMinutes == null ? 0 : retryDelayMinutes,
                    Boolean.TRUE.equals(countsAsContact), Boolean.TRUE.equals(countsAsSuccess), shortcut,
                    position == null ? 0 : position, active == null || active);
        }

        long requiredVersion() {
            if (version == null) {
                throw new it.callcenter.BusinessException("version", "REQUIRED");
            }
            return version;
        }
    }

    @GET
    public List<OutcomeView> defaults() {
        return outcomes.defaults();
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response defineDefault(Definition definition) {
        Definition d = required(definition);
        return Response.status(Response.Status.CREATED).entity(outcomes.defineDefault(d.code(), d.rules())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public OutcomeView changeDefault(@PathParam("id") long id, Definition definition) {
        Definition d = required(definition);
        return outcomes.changeDefault(id, d.requiredVersion(), d.rules());
    }

    static Definition required(Definition definition) {
        if (definition == null) {
            throw new it.callcenter.BusinessException("body", "REQUIRED");
        }
        return definition;
    }
}
