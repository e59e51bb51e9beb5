package it.callcenter.web.api;

import it.callcenter.queue.BoardRow;
import it.callcenter.queue.OperatorPresence;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import it.callcenter.telephony.OperatorPause;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The operators as the supervisor's board shows them (API.md {@code GET /operators/board}), and an operator's pause
 * ({@code POST /operators/me/pause {"reason"}}, {@code DELETE /operators/me/pause}): on the board and in the PBX's queue.
 */
@Path("/operators")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorsResource {

    @EJB
    private OperatorPresence presence;

    @EJB
    private OperatorPause pauses;

    public record PauseRequest(String reason) {
    }

    @GET
    @Path("board")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<BoardRow> board() {
        return presence.board();
    }

    @POST
    @Path("me/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public OperatorPause.Paused pause(PauseRequest request) {
        return pauses.pause(request == null ? null : request.reason());
    }

    @DELETE
    @Path("me/pause")
    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response resume() {
        pauses.resume();
        return Response.noContent().build();
    }
}
