package it.callcenter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The HTTP listener accepts 220 MB for the uploads; every other request of the screens is a postback of a few
 * kilobytes, so anything over {@link #MAX_BODY} is refused (413) before the container parses it. The screens that
 * take a file ({@link #UPLOAD_SCREENS}) keep the listener's limit for a multipart post, and only for that. The
 * container parses a form itself, past any wrapper, so a body's size must be known up front: one without a declared
 * length (chunked, or HTTP/2 without content-length, which browsers never send for a form) is refused (411). The API has its own guard
 * ({@code ApiRequestGuard}), which answers in JSON.
 */
@WebFilter(filterName = "ScreenRequestLimits", urlPatterns = "/*", asyncSupported = true)
public class ScreenRequestLimits extends HttpFilter {

    static final long MAX_BODY = 1_048_576;
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    static final Set<String> UPLOAD_SCREENS = Set.of("/importing/import.xhtml", "/compliance/rpo.xhtml", "/registry/party.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/") || isFileUpload(path, request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0 && WITH_BODY.contains(request.getMethod())
                && (request.getHeader("Transfer-Encoding") != null || request.getProtocol().startsWith("HTTP/2"))) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isFileUpload(String path, String contentType) {
        return UPLOAD_SCREENS.contains(path) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }
}
