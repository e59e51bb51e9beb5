package it.callcenter.web.api;

import it.callcenter.registry.PrivacyService;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A party's privacy rights over HTTP: {@code /parties/{id}/export} (the data as a JSON file) and
 * {@code /parties/{id}/erasure}. Same root path as {@link PartiesResource}, so RESTEasy matches both classes.
 */
@Path("/parties")
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyPrivacyResource {

    @EJB
    private PrivacyService privacy;

    @GET
    @Path("{id}/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("id") long id) {
        return Response.ok(privacy.exportJson(id), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"party-" + id + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/erasure")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response erase(@PathParam("id") long id, @QueryParam("version") Long version) {
        privacy.erase(id, VersionParam.required(version));
        return Response.noContent().build();
    }
}
