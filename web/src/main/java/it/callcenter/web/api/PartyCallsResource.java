package it.callcenter.web.api;

import it.callcenter.security.Role;
import it.callcenter.telephony.CallService;
import it.callcenter.telephony.CallView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A party's call log, newest first ({@code GET /parties/{id}/calls?limit=50}); same root as {@link PartiesResource}. */
@Path("/parties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyCallsResource {

    @EJB
    private CallService calls;

    @GET
    @Path("{id}/calls")
    public List<CallView> calls(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        return calls.ofParty(id, limit);
    }
}
