package it.callcenter.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in through the login screen, as kept in the HTTP session, with the user's credential generation at
 * that moment: once the user's password, roles or enabled state change, the session no longer stands.
 */
public record SignedInUser(String username, Set<String> roles, Instant signedInAt, long generation) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
