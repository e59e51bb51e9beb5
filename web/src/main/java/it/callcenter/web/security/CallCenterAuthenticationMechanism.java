package it.callcenter.web.security;

import it.callcenter.BusinessException;
import it.callcenter.security.CredentialGenerations;
import it.callcenter.security.Role;
import it.callcenter.security.SignInResult;
import it.callcenter.security.SignIns;
import it.callcenter.web.api.ErrorMappers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HTTP Basic under {@code /api}, the login form elsewhere (a WAR has one login-config, so the choice by path is
 * made here); both ask {@link SignIns}. The API's refusals are API.md's JSON: 401 with the Basic challenge, 429
 * with Retry-After when the sign-in is throttled. A screen session stands while the user's credential generation
 * is the one it signed in with: a change of the user's password, roles or enabled state ends it at the next
 * request, which goes to the login page saying why. A protected screen asked for without a signed-in user goes
 * to the login page, with the page to come back to and, when the session had expired, a note saying so; an AJAX
 * request gets the same redirect in the JSF partial-response form. A sign-in through the form needs the login
 * page's token ({@link LoginToken}).
 */
@ApplicationScoped
public class CallCenterAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: why the login form's sign-in was refused, when the user is to be told more than "wrong". */
    public static final String REFUSAL = CallCenterAuthenticationMechanism.class.getName() + ".refusal";
    private static final String BASIC = "Basic ";

    @EJB
    private SignIns signIns;

    @Inject
    private CredentialGenerations generations;

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
        boolean ended = user != null && !generations.isCurrent(user.username(), user.generation());
        if (ended) {
            request.getSession().invalidate();
        } else if (user != null) {
            return context.notifyContainerAboutLogin(user.username(), user.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return redirectToLogin(request, response, ended);
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
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.isProtected() ? unauthorized(request, response) : context.doNothing();
        }
        UsernamePasswordCredential credential = basicCredential(header);
        SignInResult result = signIns.signIn(credential.getCaller(), credential.getPasswordAsString(),
                ClientAddress.of(request), SignIns.Door.API);
        return switch (result.outcome()) {
            case SIGNED_IN -> context.notifyContainerAboutLogin(result.username(), roleNames(result.roles()));
            case THROTTLED -> refuse(request, response, result.throttle());
            case REFUSED -> unauthorized(request, response);
        };
    }

    private static UsernamePasswordCredential basicCredential(String header) {
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

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"callcenter\", charset=\"UTF-8\"");
        ErrorMappers.writeUnauthorized(request, response);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, BusinessException refusal) {
        ErrorMappers.write(request, response, refusal);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus validateLogin(HttpServletRequest request, HttpMessageContext context) {
        if (!LoginToken.matches(request)) {
            request.setAttribute(REFUSAL, new BusinessException(null, "LOGIN_PAGE_EXPIRED"));
            return AuthenticationStatus.SEND_FAILURE;
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInResult result = signIns.signIn(password.getCaller(), password.getPasswordAsString(),
                ClientAddress.of(request), SignIns.Door.SCREEN);
        if (result.outcome() == SignInResult.Outcome.THROTTLED) {
            request.setAttribute(REFUSAL, result.throttle());
        }
        if (!result.signedIn()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginToken.spend(request);
        request.changeSessionId();
        Set<String> roles = roleNames(result.roles());
        request.getSession().setAttribute(SignedInUser.SESSION_ATTRIBUTE,
                new SignedInUser(result.username(), roles, Instant.now(), result.generation()));
        return context.notifyContainerAboutLogin(result.username(), roles);
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    private static SignedInUser signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_ATTRIBUTE);
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        boolean accessChanged) {
        boolean expired = !accessChanged && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        StringBuilder url = new StringBuilder(request.getContextPath()).append(LOGIN_PAGE);
        url.append(accessChanged ? "?changed=true" : expired ? "?expired=true" : "?");
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        if (!ajax && "GET".equals(request.getMethod())) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            url.append(accessChanged || expired ? "&" : "").append("continue=").append(URLEncoder.encode(target, StandardCharsets.UTF_8));
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
