package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.ValidationException;
import it.callcenter.registry.DuplicatePartyException;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

/** Business exceptions to their HTTP answers: 422 invalid, 404 not found (or not visible), 409 stale, 403. */
final class ErrorMappers {

    private ErrorMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage()) || "it".equals(l.getLanguage()))
                .findFirst().orElse(Locale.ITALIAN);
    }

    static final int UNPROCESSABLE = 422;

    static Response answer(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    @Provider
    public static class BusinessRule implements ExceptionMapper<BusinessException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException e) {
            return answer(UNPROCESSABLE,
                    ApiError.of(e.field(), e.code(), Messages.of(e, locale(headers))));
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<ValidationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ValidationException e) {
            Locale locale = locale(headers);
            return answer(UNPROCESSABLE, new ApiError(e.violations().stream()
                    .map(v -> new ApiError.Item(v.field(), v.code(), Messages.of(v, locale))).toList()));
        }
    }

    /** 409 with the party that already has the same codice fiscale, partita IVA or mobile. */
    public record DuplicateError(long existingId, List<ApiError.Item> errors) {
    }

    @Provider
    public static class Duplicate implements ExceptionMapper<DuplicatePartyException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(DuplicatePartyException e) {
            String message = Messages.text(locale(headers), "error.DUPLICATE_" + e.field());
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new DuplicateError(e.existingId(), List.of(new ApiError.Item(e.field(), "DUPLICATE", message))))
                    .build();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(NotFoundException e) {
            return answer(404,
                    ApiError.of(null, "NOT_FOUND", Messages.text(locale(headers), "error.NOT_FOUND")));
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleVersionException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(StaleVersionException e) {
            return answer(409,
                    ApiError.of("version", "STALE_VERSION", Messages.text(locale(headers), "error.STALE_VERSION")));
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return answer(403,
                    ApiError.of(null, "FORBIDDEN", Messages.text(locale(headers), "error.FORBIDDEN")));
        }
    }
}
