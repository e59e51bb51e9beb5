package it.callcenter.web.api;

import it.callcenter.queue.BoardRow;
import it.callcenter.queue.OperatorPresence;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The operators as the supervisor's board shows them (API.md {@code GET /operators/board}). */
@Path("/operators")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorsResource {

    @EJB
    private OperatorPresence presence;

    @GET
    @Path("board")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<BoardRow> board() {
        return presence.board();
    }
}
