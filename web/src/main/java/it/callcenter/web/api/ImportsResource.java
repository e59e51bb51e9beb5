package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.importing.DuplicatePolicy;
import it.callcenter.importing.ImportFiles;
import it.callcenter.importing.ImportService;
import it.callcenter.importing.ImportStatus;
import it.callcenter.security.Role;
import it.callcenter.web.i18n.RejectionReasons;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports over HTTP: {@code /imports} as API.md fixes it. The upload is streamed to a file before the job exists,
 * so a crash after the 202 loses nothing; the work happens in the background and is followed with GET.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ImportsResource {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type MAPPING = new HashMap<String, String>() { }.getClass().getGenericSuperclass();

    @EJB
    private ImportService imports;

    public record Accepted(long id) {
    }

    @POST
    @FileUpload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("file") EntityPart file, @FormParam("mapping") String mapping,
                           @FormParam("duplicates") String duplicates) throws IOException {
        if (file == null) {
            throw invalid("file", "REQUIRED");
        }
        DuplicatePolicy policy = policy(duplicates);
        Map<String, String> columns = mapping(mapping);
        java.nio.file.Path stored;
        try (InputStream in = file.getContent()) {
            stored = ImportFiles.store(in);
        } catch (ImportFiles.FileTooLargeException e) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("file", "TOO_LARGE", "File oltre 200 MB")).build();
        }
        try {
            long id = imports.submit(file.getFileName().orElse("import.csv"), stored, columns, policy);
            return Response.accepted(new Accepted(id)).build();
        } catch (RuntimeException e) {
            ImportFiles.discard(stored);
            throw e;
        }
    }

    @GET
    @Path("{id}")
    public ImportStatus status(@PathParam("id") long id) {
        return imports.status(id);
    }

    @GET
    @Path("{id}/rejected.csv")
    @Produces("text/csv")
    public Response rejected(@PathParam("id") long id) {
        imports.status(id);
        StreamingOutput body = out -> imports.writeRejected(id, out, RejectionReasons.in(Locale.ITALIAN));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-scarti.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static DuplicatePolicy policy(String value) {
        if (value == null || value.isBlank()) {
            return DuplicatePolicy.SKIP;
        }
        try {
            return DuplicatePolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("duplicates", "INVALID_VALUE");
        }
    }

    private static Map<String, String> mapping(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> parsed = JSONB.fromJson(json, MAPPING);
            return parsed == null ? Map.of() : parsed;
        } catch (JsonbException e) {
            throw invalid("mapping", "INVALID_VALUE");
        }
    }

    private static ValidationException invalid(String field, String code) {
        return new ValidationException(List.of(new BusinessException(field, code)));
    }
}
