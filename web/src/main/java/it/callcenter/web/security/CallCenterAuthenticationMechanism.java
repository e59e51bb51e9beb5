package it.callcenter.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * HTTP Basic under {@code /api}, the login form elsewhere (a WAR has one login-config, so the choice by
 * path is made here). A protected screen asked for without a signed-in user goes to the login page, with
 * the page to come back to and, when the session had expired, a note saying so; an AJAX request gets the
 * same redirect in the JSF partial-response form.
 */
@ApplicationScoped
public class CallCenterAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignOuts signOuts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiCall(request, response, context);
        }
        if (context.isAuthenticationRequest()) {
            return validateLogin(request, context);
        }
        SignedInUser user = signedIn(request);
        if (user != null && signOuts.isSignedOut(user)) {
            request.getSession().invalidate();
            user = null;
        }
        if (user != null) {
            return context.notifyContainerAboutLogin(user.username(), user.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return redirectToLogin(request, response);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInUser.SESSION_ATTRIBUTE);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private AuthenticationStatus validateApiCall(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            CredentialValidationResult result = identityStores.validate(basicCredential(header));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, context);
        }
        return context.isProtected() ? unauthorized(response, context) : context.doNothing();
    }

    private static Credential basicCredential(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new UsernamePasswordCredential(decoded, "")
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return new UsernamePasswordCredential("", "");
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"callcenter\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private AuthenticationStatus validateLogin(HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SignedInUser.SESSION_ATTRIBUTE,
                new SignedInUser(result.getCallerPrincipal().getName(), result.getCallerGroups(), Instant.now()));
        return context.notifyContainerAboutLogin(result);
    }

    private static SignedInUser signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_ATTRIBUTE);
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        StringBuilder url = new StringBuilder(request.getContextPath()).append(LOGIN_PAGE);
        url.append(expired ? "?expired=true" : "?");
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        if (!ajax && "GET".equals(request.getMethod())) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            url.append(expired ? "&" : "").append("continue=").append(URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        try {
            if (ajax) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + url.toString().replace("&", "&amp;") + "\"></redirect></partial-response>");
            } else {
                response.sendRedirect(url.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
