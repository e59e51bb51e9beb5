package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.reporting.ReportFile;
import it.callcenter.reporting.ReportFormat;
import it.callcenter.reporting.ReportName;
import it.callcenter.reporting.ReportParameters;
import it.callcenter.reporting.Reports;
import it.callcenter.security.Role;
import it.callcenter.web.i18n.BundleWording;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /reports/{name}.pdf} and {@code .xlsx}: the report as a file, in the caller's language (Accept-Language,
 * Italian by default), with {@code campaign}, {@code from} and {@code to} (days, {@code 2026-12-07}), {@code operator}
 * (productivity) and {@code party} (the party card and the privacy form). Who may print what is the service's rule
 * ({@link ReportName}); the file is made whole before the answer starts, so a refusal is always API.md's JSON
 * (422 bad parameters, 404 unknown report, campaign, operator or party, 403 a role without the right).
 */
@Path("/reports/{name: [a-z-]+}.{format: pdf|xlsx}")
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ReportsResource {

    @EJB
    private Reports reports;

    @Context
    private HttpHeaders headers;

    @GET
    public Response print(@PathParam("name") String name, @PathParam("format") String extension,
                          @QueryParam("campaign") String campaign, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("operator") String operator, @QueryParam("party") String party) {
        ReportName report = ReportName.ofSlug(name).filter(ReportName::listed).orElseThrow(() -> new it.callcenter.NotFoundException("report " + name));
        ReportFormat format = ReportFormat.ofExtension(extension).orElseThrow();
        ReportParameters parameters = parameters(campaign, from, to, operator, party);
        ReportFile file = reports.print(report, format, parameters, new BundleWording(ErrorMappers.locale(headers)));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    static ReportParameters parameters(String campaign, String from, String to, String operator, String party) {
        return new ReportParameters(number("campaign", campaign), day("from", from), day("to", to), operator, number("party", party));
    }

    private static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessException(field, "INVALID_VALUE");
        }
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(field, "INVALID_DATE");
        }
    }
}
