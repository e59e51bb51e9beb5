package it.callcenter.security;

import java.util.Set;

/**
 * What a sign-in attempt came to. Signed in: who, with which roles, at which credential generation (a session
 * keeps it, and ends when the user's moves on). Refused: nothing says why. Throttled: how long to wait.
 */
public record SignInResult(Outcome outcome, String username, Set<Role> roles, long generation, long retryAfterSeconds) {

    public enum Outcome { SIGNED_IN, REFUSED, THROTTLED }

    static SignInResult signedIn(String username, Set<Role> roles, long generation) {
        return new SignInResult(Outcome.SIGNED_IN, username, Set.copyOf(roles), generation, 0);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, Set.of(), CredentialGenerations.NO_USER, 0);
    }

    static SignInResult throttled(long seconds) {
        return new SignInResult(Outcome.THROTTLED, null, Set.of(), CredentialGenerations.NO_USER, seconds);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }

    /** The refusal to show or answer when throttled. */
    public TooManySignInsException throttle() {
        return new TooManySignInsException(retryAfterSeconds);
    }
}
