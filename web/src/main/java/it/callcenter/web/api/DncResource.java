package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.compliance.DoNotCallEntry;
import it.callcenter.compliance.DoNotCallService;
import it.callcenter.compliance.DoNotCallSource;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The do-not-call list over HTTP: {@code POST /dnc} adds a number, answered in E.164; {@code GET /dnc} pages the
 * list newest first ({@code number} in any format, {@code source}); {@code DELETE /dnc/{number}} (ADMIN) removes one.
 */
@Path("/dnc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class DncResource {


    @EJB
    private DoNotCallService doNotCall;

    public record Entry(String number, DoNotCallSource source) {
    }

    public record Page(long total, List<DoNotCallEntry> items) {
    }

    @POST
    public Response add(Entry entry) {
        if (entry == null) {
            throw new BusinessException("number", "REQUIRED");
        }
        String number = doNotCall.add(entry.number(), entry.source() == null ? DoNotCallSource.INTERNAL : entry.source());
        return Response.status(Response.Status.CREATED).entity(new Entry(number, entry.source() == null
                ? DoNotCallSource.INTERNAL : entry.source())).build();
    }

    @GET
    public Page list(@QueryParam("number") String number, @QueryParam("source") DoNotCallSource source,
                     @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.page(page, size);
        return new Page(doNotCall.count(number, source), doNotCall.list(number, source, paging.offset(), paging.size()));
    }

    @DELETE
    @Path("{number}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response remove(@PathParam("number") String number) {
        doNotCall.remove(number);
        return Response.noContent().build();
    }
}
