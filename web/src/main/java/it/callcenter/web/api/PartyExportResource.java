package it.callcenter.web.api;

import it.callcenter.registry.ArchiveExporter;
import it.callcenter.registry.export.ExportFormat;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The archive search as a file: {@code /parties/export.csv} and {@code /parties/export.xlsx}, with the query
 * parameters of {@code GET /parties}. The class path holds the file name itself: RESTEasy picks the root class
 * first and, among classes on the same path, stops at the first whose methods match, so sub-paths under
 * {@code /parties} would lose to {@link PartiesResource}'s {@code {id}}; a longer literal class path always wins.
 * The body streams: the service writes the rows while the client downloads them, so the role is checked here,
 * before the answer starts (SUPERVISOR+: an operator gets 403, not a 200 that breaks off).
 */
@Path("/parties/export.{format: csv|xlsx}")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyExportResource {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Rome");

    @EJB
    private ArchiveExporter exporter;

    @GET
    public Response export(@PathParam("format") String extension, @BeanParam PartySearchParams params) {
        ExportFormat format = ExportFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        StreamingOutput body = out -> exporter.export(params.toSearch(), format.name(), format.open(out));
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + format.fileName(LocalDate.now(OFFICE_ZONE)) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
