package it.callcenter.web.api;

import it.callcenter.campaign.CampaignExporter;
import it.callcenter.campaign.EntryState;
import it.callcenter.registry.export.ExportFormat;
import it.callcenter.security.Role;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A campaign's entries as a file, {@code /campaigns/{id}/export.csv} and {@code .xlsx} (SUPERVISOR+): each entry with
 * its state and last outcome, then one column a question of the interview with the entry's answer. Headed in the
 * caller's language (Accept-Language, Italian by default); streamed as the archive's export is.
 */
@Path("/campaigns/{id}/export.{format: csv|xlsx}")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignExportResource {

    @EJB
    private CampaignExporter exporter;

    @Context
    private HttpHeaders headers;

    @GET
    public Response export(@PathParam("id") long id, @PathParam("format") String extension) {
        ExportFormat format = ExportFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        Locale locale = ErrorMappers.locale(headers);
        List<String> names = CampaignExporter.COLUMNS.stream().map(c -> Messages.text(locale, "campaign.export." + c)).toList();
        Map<String, String> states = new java.util.HashMap<>(Arrays.stream(EntryState.values())
                .collect(Collectors.toMap(Enum::name, s -> Messages.text(locale, "campaign.entryState." + s.name()))));
        states.put("YES", Messages.text(locale, "workstation.interview.YES"));
        states.put("NO", Messages.text(locale, "workstation.interview.NO"));
        StreamingOutput body = out -> exporter.export(id, names, states, format.name(), format.open(out));
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"campagna-" + id + "-"
                        + LocalDate.now(PartyExportResource.OFFICE_ZONE) + "." + extension + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
