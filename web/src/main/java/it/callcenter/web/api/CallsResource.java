package it.callcenter.web.api;

import it.callcenter.security.Role;
import it.callcenter.telephony.CallService;
import it.callcenter.telephony.CallView;
import it.callcenter.telephony.DialRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Calls (API.md): click-to-dial ({@code POST /calls} with the held entry or a party's phone; 422 with the reason a
 * number may not be called, 503 while the PBX is unreachable), a call's state and log ({@code GET /calls/{id}}), the
 * operator's call in progress, hang-up and blind transfer.
 */
@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CallsResource {

    @EJB
    private CallService calls;

    public record Transfer(String to) {
    }

    @POST
    @RolesAllowed(Role.OPERATOR_NAME)
    public Response dial(DialRequest request, @Context UriInfo uri) {
        CallView call = calls.dial(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(call.callId())).build()).entity(call).build();
    }

    @GET
    @Path("{id}")
    public CallView find(@PathParam("id") long id) {
        return calls.find(id);
    }

    /** The caller's call in progress (204 when none): what the workstation shows again after a reload. */
    @GET
    @Path("current")
    @RolesAllowed(Role.OPERATOR_NAME)
    public Response current() {
        return calls.current().map(call -> Response.ok(call).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("{id}/hangup")
    @RolesAllowed(Role.OPERATOR_NAME)
    public CallView hangup(@PathParam("id") long id) {
        return calls.hangup(id);
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed(Role.OPERATOR_NAME)
    public CallView transfer(@PathParam("id") long id, Transfer transfer) {
        return calls.transfer(id, transfer == null ? null : transfer.to());
    }
}
