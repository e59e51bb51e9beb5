package it.callcenter.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users whose sessions must end now: disabled, or given a new password. A session signed in before that
 * moment is no longer accepted. Kept in memory: it covers this server (one node); a cluster would share it.
 */
@ApplicationScoped
public class SignOuts {

    private final Map<String, Instant> since = new ConcurrentHashMap<>();

    public void signOutEverywhere(String username) {
        since.put(username, Instant.now());
    }

    boolean isSignedOut(SignedInUser user) {
        Instant cut = since.get(user.username());
        return cut != null && !user.signedInAt().isAfter(cut);
    }
}
