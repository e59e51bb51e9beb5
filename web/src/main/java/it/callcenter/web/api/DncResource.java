package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.compliance.DoNotCallService;
import it.callcenter.compliance.DoNotCallSource;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The do-not-call list over HTTP: {@code POST /dnc} adds a number, answered in E.164. */
@Path("/dnc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class DncResource {

    @EJB
    private DoNotCallService doNotCall;

    public record Entry(String number, DoNotCallSource source) {
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
}
