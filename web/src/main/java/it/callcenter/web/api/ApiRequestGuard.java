package it.callcenter.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * What a browser can be made to send to the API by another site (a cross-site form, a script's {@code fetch}, carrying
 * the Basic credentials the browser remembers), and bodies larger than a call needs: refused after the path is matched
 * and before the body is read. For the calls that change something (POST, PUT, PATCH, DELETE):
 * <ul>
 * <li>an {@code Origin} other than this server's own is refused (403 {@code FORBIDDEN_ORIGIN}); without one (a script,
 * another server) the call passes. The own origin is the scheme, host and port the request arrived with; behind a
 * reverse proxy, turn on the HTTP listener's {@code proxy-address-forwarding} so that they are the browser's;</li>
 * <li>the body is JSON (415 otherwise, also for an empty form: an HTML form cannot send JSON), except on a
 * {@link FileUpload} method, whose {@code @Consumes} decides;</li>
 * <li>the body is at most {@link #MAX_BODY} (413), judged by its declared length before a byte is read, or, sent in
 * chunks, by reading at most one byte more than that; a file upload is bounded by the HTTP listener instead.</li>
 * </ul>
 * {@code /public} is the exception: the web-to-lead form is posted from customers' sites by design. Its gate
 * ({@link PublicLeadsGate}) has checked the key and the rates first; here it gets its {@link #MAX_PUBLIC_BODY} and
 * must declare its length (411), as browsers always do.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class ApiRequestGuard implements ContainerRequestFilter {

    static final long MAX_BODY = 1_048_576;
    static final long MAX_PUBLIC_BODY = 16_384;
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Context
    private HttpServletRequest request;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext call) throws IOException {
        if (!STATE_CHANGING.contains(call.getMethod())) {
            return;
        }
        if (isPublic(call.getUriInfo().getPath())) {
            limit(call, MAX_PUBLIC_BODY, true);
            return;
        }
        String origin = call.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, request.getScheme(), request.getServerName(), request.getServerPort())) {
            throw new ForeignOriginException();
        }
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(FileUpload.class)) {
            return;
        }
        MediaType type = call.getMediaType();
        if (type != null && !isJson(type)) {
            throw new NotSupportedException();
        }
        if (limit(call, MAX_BODY, false) && type == null) {
            throw new NotSupportedException();
        }
    }

    /** Refuses a body over {@code max}; answers whether there is one (a body of unknown length is read to know). */
    private boolean limit(ContainerRequestContext call, long max, boolean lengthRequired) throws IOException {
        long length = request.getContentLengthLong();
        if (length > max) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        if (length >= 0 || !unknownLength()) {
            return length > 0;
        }
        if (lengthRequired) {
            throw new WebApplicationException(Response.Status.LENGTH_REQUIRED);
        }
        byte[] body = call.getEntityStream().readNBytes(Math.toIntExact(max) + 1);
        if (body.length > max) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        call.setEntityStream(new ByteArrayInputStream(body));
        return body.length > 0;
    }

    /** Chunked, or HTTP/2 without a content-length: how long it is shows only by reading it. */
    private boolean unknownLength() {
        return request.getHeader("Transfer-Encoding") != null || request.getProtocol().startsWith("HTTP/2");
    }

    static boolean isPublic(String path) {
        return path.startsWith("public/") || path.startsWith("/public/");
    }

    static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return "application".equalsIgnoreCase(type.getType()) && ("json".equals(subtype) || subtype.endsWith("+json"));
    }

    /** Whether an {@code Origin} header names this server: same scheme, host and port (a default port or not). */
    static boolean sameOrigin(String origin, String scheme, String host, int port) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null) {
            return false;
        }
        return uri.getScheme().equalsIgnoreCase(scheme) && bare(uri.getHost()).equalsIgnoreCase(bare(host))
                && port(uri.getPort(), uri.getScheme()) == port(port, scheme);
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static int port(int port, String scheme) {
        return port > 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
