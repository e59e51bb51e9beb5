package it.callcenter.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Who signed in through the login screen, as kept in the HTTP session. */
public record SignedInUser(String username, Set<String> roles, Instant signedInAt) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
