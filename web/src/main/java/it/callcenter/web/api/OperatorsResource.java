package it.callcenter.web.api;

import it.callcenter.compliance.CallWindows;
import it.callcenter.queue.BoardRow;
import it.callcenter.queue.OperatorPresence;
import it.callcenter.queue.OutcomesToday;
import it.callcenter.security.Role;
import it.callcenter.telephony.OperatorPause;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The operators as the supervisor's board shows them (API.md {@code GET /operators/board}), today's outcomes as
 * its chart counts them ({@code GET /operators/board/outcomes}), and an operator's pause
 * ({@code POST /operators/me/pause {"reason"}}, {@code DELETE /operators/me/pause}): on the board and in the PBX's queue.
 */
@Path("/operators")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorsResource {

    @EJB
    private OperatorPresence presence;

    @EJB
    private OutcomesToday outcomesToday;

    @EJB
    private OperatorPause pauses;

    /** Today's outcomes in every campaign, by code: the figures of the board's chart. */
    public record TodaysOutcomes(LocalDate day, Map<String, Long> byOutcome) {
    }

    public record PauseRequest(String reason) {
    }

    @GET
    @Path("board")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<BoardRow> board() {
        return presence.board();
    }

    @GET
    @Path("board/outcomes")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TodaysOutcomes outcomesToday() {
        return new TodaysOutcomes(LocalDate.now(CallWindows.ITALY), outcomesToday.byOutcome());
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
