package it.callcenter.web.api;

import it.callcenter.queue.Dispatched;
import it.callcenter.queue.NextCustomer;
import it.callcenter.queue.OutcomeRequest;
import it.callcenter.queue.OutcomeResult;
import it.callcenter.queue.Outcomes;
import it.callcenter.queue.QueueService;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyView;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * The operator's queue (API.md): the next customer, leased to the caller, with the party's card and the number to
 * call, or 204 with {@code X-Queue-Reason}; the outcome of the entry the caller holds (409 for anyone else).
 */
@Path("/queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OPERATOR_NAME)
public class QueueResource {

    static final String REASON_HEADER = "X-Queue-Reason";

    @EJB
    private QueueService queue;

    @EJB
    private Outcomes outcomes;

    @EJB
    private PartyService parties;

    public record Next(long entryId, long campaignId, PartyView party, String phone, int attempts, String lastOutcome,
                       boolean callback, Instant heldSince, Instant leaseUntil) {
    }

    /** The dispatch and the card read in one transaction: one connection and one commit, not two. */
    @POST
    @Path("next")
    @Transactional
    public Response next() {
        NextCustomer next = queue.next();
        if (!next.found()) {
            Response.ResponseBuilder none = Response.noContent().header(REASON_HEADER, next.reason().name());
            if (next.nextOpening() != null) {
                none.header("X-Queue-Next-Opening", next.nextOpening().toString());
            }
            return none.build();
        }
        return Response.ok(answer(next.entry())).build();
    }

    /** The entry the caller holds, if any (204 when none). */
    @GET
    @Path("current")
    public Response current() {
        return queue.current().map(entry -> Response.ok(answer(entry)).build()).orElse(Response.noContent().build());
    }

    @POST
    @Path("entries/{entryId}/outcome")
    public OutcomeResult outcome(@PathParam("entryId") long entryId, OutcomeRequest request) {
        return outcomes.record(entryId, request);
    }

    /** Gives the held entry back without an outcome: due again at once for whoever comes next. */
    @POST
    @Path("entries/{entryId}/release")
    public Response release(@PathParam("entryId") long entryId) {
        queue.release(entryId);
        return Response.noContent().build();
    }

    private Next answer(Dispatched entry) {
        return new Next(entry.entryId(), entry.campaignId(), parties.cardOf(entry.partyId()), entry.phone(),
                entry.attempts(), entry.lastOutcome(), entry.callback(), entry.heldSince(), entry.leaseUntil());
    }
}
