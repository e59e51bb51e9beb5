package it.callcenter.web.api;

import it.callcenter.compliance.CallWindows;
import it.callcenter.queue.BoardRow;
import it.callcenter.queue.OperatorPresence;
import it.callcenter.queue.OutcomesToday;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The operators as the supervisor's board shows them (API.md {@code GET /operators/board}), and today's outcomes as
 * its chart counts them ({@code GET /operators/board/outcomes}).
 */
@Path("/operators")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorsResource {

    @EJB
    private OperatorPresence presence;

    @EJB
    private OutcomesToday outcomesToday;

    /** Today's outcomes in every campaign, by code: the figures of the board's chart. */
    public record TodaysOutcomes(LocalDate day, Map<String, Long> byOutcome) {
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
}
