package it.callcenter.web.api;

import it.callcenter.compliance.RpoExport;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /campaigns/{id}/rpo-export.csv}: the campaign's numbers to submit to the Registro delle Opposizioni,
 * streamed. A resource of its own (the more specific path wins over {@code /campaigns}) so the campaign resource
 * stays as its owners shape it.
 */
@Path("/campaigns/{id}/rpo-export.csv")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class RpoExportResource {

    @EJB
    private RpoExport export;

    @GET
    @Produces("text/csv")
    public Response download(@PathParam("id") long id) {
        String fileName = export.fileName(id);
        StreamingOutput body = out -> export.write(id, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
