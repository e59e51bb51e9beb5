package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error the API answers, built in one place and always as API.md's JSON
 * ({@code {"errors":[{"field","code","message"}]}}, in the caller's language): business refusals by their kind
 * (422, 404, 409, 403, 429, 503), the container's role check (403), JAX-RS's own refusals (400, 404, 405, 406, 415),
 * {@link ApiRequestGuard}'s (411, 413, 415) and an unreadable body (400); anything else is a 500 that names an id to
 * find in the server log and nothing internal. The authentication mechanism answers before JAX-RS is reached (401,
 * and 429 for a throttled sign-in): it writes the same JSON through {@link #writeUnauthorized} and {@link #write}.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    static final int UNPROCESSABLE = 422;
    static final int TOO_MANY_REQUESTS = 429;

    private ErrorMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.ITALIAN : headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage()) || "it".equals(l.getLanguage()))
                .findFirst().orElse(Locale.ITALIAN);
    }

    static Response answer(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    static Response answer(int status, HttpHeaders headers, String code) {
        return answer(status, ApiError.of(null, code, Messages.text(locale(headers), "error." + code)));
    }

    static int status(BusinessException.Kind kind) {
        return switch (kind) {
            case INVALID -> UNPROCESSABLE;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case TOO_MANY_REQUESTS -> TOO_MANY_REQUESTS;
            case UNAVAILABLE -> 503;
        };
    }

    static Response answer(BusinessException e, Locale locale) {
        Response.ResponseBuilder answer = Response.status(status(e.kind())).type(MediaType.APPLICATION_JSON_TYPE).entity(body(e, locale));
        if (e.retryAfterSeconds() > 0) {
            answer.header("Retry-After", e.retryAfterSeconds());
        }
        return answer.build();
    }

    private static Map<String, Object> body(BusinessException e, Locale locale) {
        List<ApiError.Item> items = e.violations().stream()
                .map(v -> new ApiError.Item(v.field(), v.code(), Messages.of(v, locale))).toList();
        Map<String, Object> body = new LinkedHashMap<>(e.details());
        body.put("errors", items);
        return body;
    }

    /** A refusal answered by the authentication mechanism, before JAX-RS: the status, Retry-After and body of {@link #answer}. */
    public static void write(HttpServletRequest request, HttpServletResponse response, BusinessException e) {
        if (e.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        write(response, status(e.kind()), body(e, locale(request)));
    }

    /** The 401 of the authentication mechanism: no or wrong credentials, as API.md's JSON error. */
    public static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response) {
        write(response, 401, ApiError.of(null, "UNAUTHORIZED", Messages.text(locale(request), "error.UNAUTHORIZED")));
    }

    private static void write(HttpServletResponse response, int status, Object body) {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setCharacterEncoding("UTF-8");
        try {
            // closed, so the container sees the answer complete and sends no error page of its own after it
            PrintWriter writer = response.getWriter();
            writer.write(JsonConfiguration.JSONB.toJson(body));
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ITALIAN
                : Collections.list(request.getLocales()).stream()
                .filter(l -> "en".equals(l.getLanguage()) || "it".equals(l.getLanguage()))
                .findFirst().orElse(Locale.ITALIAN);
    }

    @Provider
    public static class BusinessRule implements ExceptionMapper<BusinessException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException e) {
            return answer(e, locale(headers));
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return answer(403, headers, "FORBIDDEN");
        }
    }

    /** JAX-RS's own refusals (no such path, method, media type; a role check of RESTEasy), kept with their headers. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                return Unexpected.internalError(e, headers);
            }
            String code = switch (status) {
                case 400 -> "BAD_REQUEST";
                case 401 -> "UNAUTHORIZED";
                case 403 -> "FORBIDDEN";
                case 404 -> "NOT_FOUND";
                case 405 -> "METHOD_NOT_ALLOWED";
                case 406 -> "NOT_ACCEPTABLE";
                case 411 -> "LENGTH_REQUIRED";
                case 413 -> "PAYLOAD_TOO_LARGE";
                case 415 -> "UNSUPPORTED_MEDIA_TYPE";
                default -> "REQUEST_REFUSED";
            };
            if (status == 400 && unreadableBody(e)) {
                code = "INVALID_JSON";
            }
            Response.ResponseBuilder answer = Response.fromResponse(answer(status, headers, code));
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
            return answer.type(MediaType.APPLICATION_JSON_TYPE).build();
        }

        private static boolean unreadableBody(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A body that is not the JSON it claims to be. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return answer(400, headers, "INVALID_JSON");
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return answer(400, headers, "INVALID_JSON");
        }
    }

    /**
     * Anything else: 500 with an id to find in the log, and nothing internal (no SQL, no class, no version). An edit
     * that lost an optimistic-lock race inside the container is still a stale version (409).
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    return answer(409, ApiError.of("version", "STALE_VERSION",
                            Messages.text(locale(headers), "error.STALE_VERSION")));
                }
                if (t instanceof BusinessException business) {
                    return answer(business, locale(headers));
                }
            }
            return internalError(e, headers);
        }

        static Response internalError(Throwable e, HttpHeaders headers) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "API error " + id, e);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errorId", id);
            body.put("errors", List.of(new ApiError.Item(null, "INTERNAL_ERROR",
                    Messages.text(locale(headers), "error.INTERNAL_ERROR", id))));
            return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }
}
