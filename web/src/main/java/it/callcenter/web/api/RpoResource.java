package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.compliance.RpoResult;
import it.callcenter.compliance.RpoReturns;
import it.callcenter.security.Role;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The answers of the Registro Pubblico delle Opposizioni: {@code POST /rpo/returns?checkedOn=YYYY-MM-DD} with the
 * returned file as the body ({@code text/csv}) or as part {@code file} of a form, as {@code /imports} takes it. The
 * file is applied while it arrives and the answer says how many lines were checked, opposed and rejected.
 */
@Path("/rpo")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class RpoResource {

    @EJB
    private RpoReturns returns;

    @Context
    private HttpHeaders headers;

    public record Rejection(long line, String code, String message) {
    }

    public record Applied(long checked, long opposed, long rejected, List<Rejection> errors) {
    }

    @POST
    @Path("returns")
    @FileUpload
    @Consumes("text/csv")
    public Applied upload(InputStream body, @QueryParam("checkedOn") String checkedOn) {
        return applied(returns.apply(body, date(checkedOn)));
    }

    @POST
    @Path("returns")
    @FileUpload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Applied uploadForm(@FormParam("file") EntityPart file, @QueryParam("checkedOn") String checkedOn,
                              @FormParam("checkedOn") String checkedOnField) throws IOException {
        if (file == null) {
            throw new ValidationException(List.of(new BusinessException("file", "REQUIRED")));
        }
        try (InputStream in = file.getContent()) {
            return applied(returns.apply(in, date(checkedOn != null ? checkedOn : checkedOnField)));
        }
    }

    private Applied applied(RpoResult result) {
        Locale locale = ErrorMappers.locale(headers);
        return new Applied(result.checked(), result.opposed(), result.rejected(), result.rejections().stream()
                .map(r -> new Rejection(r.line(), r.code(), Messages.text(locale, "error." + r.code()))).toList());
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new BusinessException("checkedOn", "INVALID_DATE")));
        }
    }
}
