package it.callcenter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Against login CSRF: the login page carries a random token kept in the session it opens, and a sign-in through
 * the form is only tried when the posted token is that session's. A form posted from another site has neither
 * (the login view is stateless, so its view state proves nothing), and cannot sign the browser in as someone else.
 */
public final class LoginToken {

    public static final String PARAMETER = "loginToken";
    private static final String ATTRIBUTE = LoginToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private LoginToken() {
    }

    /** The token of the request's session, opening the session and making the token when there is none. */
    public static String issue(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return token;
    }

    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        String given = request.getParameter(PARAMETER);
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** Once signed in, the token has done its work. */
    static void spend(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
